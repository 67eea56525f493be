/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;

/** The bodies of the AT Protocol calls the Bluesky connector makes, shared with the outbox. */
public final class BlueskyRequests {

  /** The collection posts live in. */
  public static final String POST_COLLECTION = "app.bsky.feed.post";

  /** The embed type of a post carrying one video. */
  public static final String VIDEO_EMBED = "app.bsky.embed.video";

  private BlueskyRequests() {}

  /** The {@code com.atproto.server.createSession} body for an app-password login. */
  public static ObjectNode createSession(String identifier, String appPassword) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("identifier", identifier);
    body.put("password", appPassword);
    return body;
  }

  /**
   * The {@code com.atproto.repo.createRecord} body for a post.
   *
   * @param did the author's repository
   * @param rkey the record key (derived from the draft's idempotency key, so a retry cannot create
   *     a second post)
   * @param images the images, or the one clip (an MP4, embedded as {@code app.bsky.embed.video})
   * @param blobs the {@code blob} objects uploadBlob returned, one per image, in order
   */
  public static ObjectNode createPost(
      String did,
      String rkey,
      PostDraft draft,
      List<MediaItem> images,
      List<JsonNode> blobs,
      Instant createdAt) {
    String text = ComposedText.of(draft, Platform.BLUESKY).text();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("repo", did);
    body.put("collection", POST_COLLECTION);
    body.put("rkey", rkey);
    ObjectNode record = body.putObject("record");
    record.put("$type", POST_COLLECTION);
    record.put("text", text);
    record.put("createdAt", createdAt.toString());
    ArrayNode facets = BlueskyFacets.toJson(BlueskyFacets.find(text));
    if (!facets.isEmpty()) {
      record.set("facets", facets);
    }
    if (draft.sensitive()) {
      ObjectNode labels = record.putObject("labels");
      labels.put("$type", "com.atproto.label.defs#selfLabels");
      labels.putArray("values").addObject().put("val", "graphic-media");
    }
    if (images.size() == 1 && images.get(0).clip()) {
      record.set("embed", videoEmbed(images.get(0), blobs.get(0)));
    } else if (!images.isEmpty()) {
      ObjectNode embed = record.putObject("embed");
      embed.put("$type", "app.bsky.embed.images");
      ArrayNode array = embed.putArray("images");
      for (int i = 0; i < images.size(); i++) {
        MediaItem item = images.get(i);
        ObjectNode image = array.addObject();
        image.set("image", blobs.get(i));
        image.put("alt", item.altText());
        image.set("aspectRatio", aspectRatio(item));
      }
    }
    return body;
  }

  /**
   * {@code app.bsky.embed.video}: one MP4 blob with its alt text and aspect ratio. Bluesky has no
   * animated-GIF embed, so GIF clips are refused before they get here.
   */
  public static ObjectNode videoEmbed(MediaItem clip, JsonNode blob) {
    ObjectNode embed = JsonNodeFactory.instance.objectNode();
    embed.put("$type", VIDEO_EMBED);
    embed.set("video", blob);
    embed.put("alt", clip.altText());
    embed.set("aspectRatio", aspectRatio(clip));
    return embed;
  }

  private static ObjectNode aspectRatio(MediaItem item) {
    ObjectNode ratio = JsonNodeFactory.instance.objectNode();
    ratio.put("width", item.width());
    ratio.put("height", item.height());
    return ratio;
  }

  /** The {@code com.atproto.repo.deleteRecord} body. */
  public static ObjectNode deleteRecord(String did, String rkey) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("repo", did);
    body.put("collection", POST_COLLECTION);
    body.put("rkey", rkey);
    return body;
  }

  /** A placeholder blob object, for the outbox, where nothing was uploaded. */
  public static ObjectNode placeholderBlob(MediaItem item, String ref) {
    ObjectNode blob = JsonNodeFactory.instance.objectNode();
    blob.put("$type", "blob");
    blob.putObject("ref").put("$link", ref);
    blob.put("mimeType", item.mimeType());
    blob.put("size", item.size());
    return blob;
  }
}
