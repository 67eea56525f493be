/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;

/**
 * The bodies of Mastodon's API calls, shared by the connector and the outbox so that the outbox
 * shows exactly what would be sent.
 */
public final class MastodonRequests {

  private MastodonRequests() {}

  /** The text fields of {@code POST /api/v2/media} (the file goes in the {@code file} part). */
  public static ObjectNode mediaFields(MediaItem item) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.put("description", item.altText());
    return fields;
  }

  /** The JSON body of {@code POST /api/v1/statuses}. */
  public static ObjectNode status(PostDraft draft, List<String> mediaIds) {
    ComposedText text = ComposedText.of(draft, org.radshare.core.connect.Platform.MASTODON);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", text.text());
    mediaIds.forEach(body.putArray("media_ids")::add);
    body.put("sensitive", draft.sensitive());
    if (!text.spoilerText().isEmpty()) {
      body.put("spoiler_text", text.spoilerText());
    }
    body.put("visibility", "public");
    return body;
  }
}
