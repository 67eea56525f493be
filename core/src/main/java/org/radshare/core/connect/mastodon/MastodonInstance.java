package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
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
    return new PlatformLimits(
        Platform.MASTODON,
        TextRule.GRAPHEMES_URLS_FIXED,
        positive(statuses.path("max_characters"), d.maxTextLength()),
        0,
        positive(statuses.path("characters_reserved_per_url"), d.urlLength()),
        positive(statuses.path("max_media_attachments"), d.maxImages()),
        positiveLong(media.path("image_size_limit"), d.maxImageBytes()),
        positiveLong(media.path("image_matrix_limit"), d.maxImagePixels()),
        positive(media.path("description_limit"), d.maxAltTextLength()),
        true);
  }

  private static int positive(JsonNode n, int fallback) {
    return n.canConvertToInt() && n.asInt() > 0 ? n.asInt() : fallback;
  }

  private static long positiveLong(JsonNode n, long fallback) {
    return n.canConvertToLong() && n.asLong() > 0 ? n.asLong() : fallback;
  }
}
