/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.TextRule;

/**
 * Reads an instance's own limits from {@code GET /api/v2/instance}; forks without a {@code
 * configuration} block get Mastodon's defaults.
 */
final class MastodonInstance {

  private MastodonInstance() {}

  static PlatformLimits limits(JsonNode instance) {
    PlatformLimits d = PlatformLimits.defaultsFor(Platform.MASTODON);
    JsonNode statuses = instance.path("configuration").path("statuses");
    JsonNode media = instance.path("configuration").path("media_attachments");
    long imageBytes = positiveLong(media.path("image_size_limit"), d.maxImageBytes());
    int altLength = positive(media.path("description_limit"), d.maxAltTextLength());
    return new PlatformLimits(
        Platform.MASTODON,
        TextRule.GRAPHEMES_URLS_FIXED,
        positive(statuses.path("max_characters"), d.maxTextLength()),
        0,
        positive(statuses.path("characters_reserved_per_url"), d.urlLength()),
        positive(statuses.path("max_media_attachments"), d.maxImages()),
        imageBytes,
        positiveLong(media.path("image_matrix_limit"), d.maxImagePixels()),
        altLength,
        true,
        clips(media, imageBytes, altLength));
  }

  /**
   * Videos are capped by {@code video_size_limit}; a GIF is uploaded as an image (so {@code
   * image_size_limit} applies) and the instance turns it into a video. An instance whose {@code
   * supported_mime_types} leaves a type out does not take it.
   */
  private static ClipSupport clips(JsonNode media, long imageBytes, int altLength) {
    ClipSupport d = ClipSupport.defaultsFor(Platform.MASTODON);
    long mp4 = positiveLong(media.path("video_size_limit"), d.maxMp4Bytes());
    long gif = imageBytes;
    JsonNode types = media.path("supported_mime_types");
    if (types.isArray() && !types.isEmpty()) {
      mp4 = listed(types, ClipSupport.MP4) ? mp4 : 0;
      gif = listed(types, ClipSupport.GIF) ? gif : 0;
    }
    return new ClipSupport(Platform.MASTODON, mp4, gif, altLength);
  }

  private static boolean listed(JsonNode types, String mimeType) {
    for (JsonNode t : types) {
      if (mimeType.equals(t.asText())) {
        return true;
      }
    }
    return false;
  }

  private static int positive(JsonNode n, int fallback) {
    return n.canConvertToInt() && n.asInt() > 0 ? n.asInt() : fallback;
  }

  private static long positiveLong(JsonNode n, long fallback) {
    return n.canConvertToLong() && n.asLong() > 0 ? n.asLong() : fallback;
  }
}
