/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;

/** The bodies of X API v2 calls, shared by the connector and the outbox. */
public final class XRequests {

  private XRequests() {}

  /**
   * {@code POST /2/media/upload/initialize}: the category tells X how to process the media ({@code
   * tweet_video} for an MP4 clip, {@code tweet_gif} for an animated GIF, else {@code tweet_image}).
   */
  public static ObjectNode initializeUpload(MediaItem item) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("media_type", item.mimeType());
    body.put("total_bytes", item.size());
    body.put("media_category", mediaCategory(item));
    return body;
  }

  /** X's media category for an item. */
  public static String mediaCategory(MediaItem item) {
    return switch (item.mimeType()) {
      case "video/mp4" -> "tweet_video";
      case "image/gif" -> "tweet_gif";
      default -> "tweet_image";
    };
  }

  /** {@code POST /2/media/metadata}: the alt text. */
  public static ObjectNode altText(String mediaId, MediaItem item) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("id", mediaId);
    body.putObject("metadata").putObject("alt_text").put("text", item.altText());
    return body;
  }

  /**
   * {@code POST /2/media/metadata} for a post with a content warning: the alt text again with
   * {@code sensitive_media_warning} (https://docs.x.com/x-api/media/create-media-metadata); medical
   * images are neither adult content nor violence, so {@code other}.
   */
  public static ObjectNode sensitive(String mediaId, MediaItem item) {
    ObjectNode body = altText(mediaId, item);
    ObjectNode warning = ((ObjectNode) body.get("metadata")).putObject("sensitive_media_warning");
    warning.put("adult_content", false);
    warning.put("graphic_violence", false);
    warning.put("other", true);
    return body;
  }

  /** {@code POST /2/tweets}. X has no per-post sensitive flag; a warning is part of the text. */
  public static ObjectNode tweet(PostDraft draft, List<String> mediaIds) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("text", ComposedText.of(draft, Platform.X).text());
    if (!mediaIds.isEmpty()) {
      mediaIds.forEach(body.putObject("media").putArray("media_ids")::add);
    }
    return body;
  }
}
