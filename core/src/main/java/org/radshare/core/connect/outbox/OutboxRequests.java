/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.bluesky.BlueskyRequests;
import org.radshare.core.connect.bluesky.RecordKey;
import org.radshare.core.connect.facebook.FacebookRequests;
import org.radshare.core.connect.linkedin.LinkedInRequests;
import org.radshare.core.connect.mastodon.MastodonRequests;
import org.radshare.core.connect.x.XRequests;

/**
 * The sequence of requests a real connector would make for a draft, with the same bodies (built by
 * the platform packages' request builders). Identifiers the platform would assign are shown as
 * placeholders such as {@code <media-1 id>}.
 */
final class OutboxRequests {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OutboxRequests() {}

  static ArrayNode describe(
      Platform target, PostDraft draft, List<String> files, Instant createdAt) {
    List<MediaItem> images = draft.images();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      ids.add("<media-" + (i + 1) + " id>");
    }
    ArrayNode out = JSON.arrayNode();
    switch (target) {
      case MASTODON, OUTBOX -> {
        for (int i = 0; i < images.size(); i++) {
          request(out, "POST", "/api/v2/media", "multipart/form-data", files.get(i))
              .set("fields", MastodonRequests.mediaFields(images.get(i)));
        }
        request(out, "POST", "/api/v1/statuses", "application/json", null)
            .set("body", MastodonRequests.status(draft, ids));
        out.get(out.size() - 1)
            .withObject("/headers")
            .put("Idempotency-Key", draft.idempotencyKey());
      }
      case BLUESKY -> {
        List<JsonNode> blobs = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
          request(
              out,
              "POST",
              "/xrpc/com.atproto.repo.uploadBlob",
              images.get(i).mimeType(),
              files.get(i));
          blobs.add(BlueskyRequests.placeholderBlob(images.get(i), "<blob-" + (i + 1) + " cid>"));
        }
        String rkey = RecordKey.tid(createdAt, draft.idempotencyKey());
        request(out, "POST", "/xrpc/com.atproto.repo.createRecord", "application/json", null)
            .set(
                "body", BlueskyRequests.createPost("<did>", rkey, draft, images, blobs, createdAt));
      }
      case X -> {
        for (int i = 0; i < images.size(); i++) {
          request(out, "POST", "/2/media/upload/initialize", "application/json", null)
              .set("body", XRequests.initializeUpload(images.get(i)));
          request(
              out,
              "POST",
              "/2/media/upload/" + ids.get(i) + "/append",
              "multipart/form-data",
              files.get(i));
          request(out, "POST", "/2/media/upload/" + ids.get(i) + "/finalize", null, null);
          request(out, "POST", "/2/media/metadata", "application/json", null)
              .set("body", XRequests.altText(ids.get(i), images.get(i)));
        }
        request(out, "POST", "/2/tweets", "application/json", null)
            .set("body", XRequests.tweet(draft, ids));
      }
      case LINKEDIN -> {
        for (int i = 0; i < images.size(); i++) {
          request(out, "POST", "/rest/images?action=initializeUpload", "application/json", null)
              .set("body", LinkedInRequests.initializeUpload("<urn:li:person:id>"));
          request(
              out, "PUT", "<upload url " + (i + 1) + ">", images.get(i).mimeType(), files.get(i));
        }
        request(out, "POST", "/rest/posts", "application/json", null)
            .set("body", LinkedInRequests.post("<urn:li:person:id>", draft, images, ids));
      }
      case FACEBOOK -> {
        for (int i = 0; i < images.size(); i++) {
          request(out, "POST", "/<page-id>/photos", "multipart/form-data", files.get(i))
              .set("fields", fields(FacebookRequests.unpublishedPhoto(images.get(i))));
        }
        request(out, "POST", "/<page-id>/feed", "application/x-www-form-urlencoded", null)
            .set("fields", fields(FacebookRequests.feedPost(draft, ids)));
      }
    }
    return out;
  }

  private static ObjectNode request(
      ArrayNode out, String method, String path, String contentType, String file) {
    ObjectNode r = out.addObject();
    r.put("method", method);
    r.put("path", path);
    if (contentType != null) {
      r.put("contentType", contentType);
    }
    if (file != null) {
      r.put("file", file);
    }
    return r;
  }

  private static ObjectNode fields(Map<String, String> map) {
    ObjectNode node = JSON.objectNode();
    map.forEach(node::put);
    return node;
  }
}
