/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;

/** The form fields of Graph API calls for Page posts, shared with the outbox. */
public final class FacebookRequests {

  private FacebookRequests() {}

  /** {@code POST /{page-id}/photos} fields besides the {@code source} file: unpublished, alt. */
  public static Map<String, String> unpublishedPhoto(MediaItem item) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("published", "false");
    fields.put("alt_text_custom", item.altText());
    return fields;
  }

  /** {@code POST /{page-id}/feed} fields: the message and every photo as attached media. */
  public static Map<String, String> feedPost(PostDraft draft, List<String> photoIds) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("message", ComposedText.of(draft, Platform.FACEBOOK).text());
    for (int i = 0; i < photoIds.size(); i++) {
      ObjectNode media = JsonNodeFactory.instance.objectNode().put("media_fbid", photoIds.get(i));
      fields.put("attached_media[" + i + "]", media.toString());
    }
    return fields;
  }
}
