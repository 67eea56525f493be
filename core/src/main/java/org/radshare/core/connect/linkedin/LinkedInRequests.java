/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.linkedin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;

/** The bodies of LinkedIn REST calls (Images and Posts APIs), shared with the outbox. */
public final class LinkedInRequests {

  private static final Pattern RESERVED = Pattern.compile("[|{}@\\[\\]()<>#\\\\*_~]");
  private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

  private LinkedInRequests() {}

  /** {@code POST /rest/images?action=initializeUpload}. */
  public static ObjectNode initializeUpload(String ownerUrn) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("initializeUploadRequest").put("owner", ownerUrn);
    return body;
  }

  /**
   * Escapes text for LinkedIn's "little" format: reserved characters are backslash-escaped
   * (unescaped ones can silently cut the post), except {@code #} starting a hashtag.
   */
  public static String littleText(String text) {
    StringBuilder out = new StringBuilder();
    Matcher tags = HASHTAG.matcher(text);
    int from = 0;
    while (tags.find()) {
      out.append(escape(text.substring(from, tags.start()))).append('#');
      out.append(escape(text.substring(tags.start() + 1, tags.end())));
      from = tags.end();
    }
    return out.append(escape(text.substring(from))).toString();
  }

  private static String escape(String s) {
    return RESERVED.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  /** {@code POST /rest/posts}: single image as {@code content.media}, several as multiImage. */
  public static ObjectNode post(
      String authorUrn, PostDraft draft, List<MediaItem> images, List<String> imageUrns) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("author", authorUrn);
    body.put("commentary", littleText(ComposedText.of(draft, Platform.LINKEDIN).text()));
    body.put("visibility", "PUBLIC");
    ObjectNode distribution = body.putObject("distribution");
    distribution.put("feedDistribution", "MAIN_FEED");
    distribution.putArray("targetEntities");
    distribution.putArray("thirdPartyDistributionChannels");
    if (imageUrns.size() == 1) {
      ObjectNode media = body.putObject("content").putObject("media");
      media.put("id", imageUrns.get(0));
      media.put("altText", images.get(0).altText());
    } else if (imageUrns.size() > 1) {
      ArrayNode array = body.putObject("content").putObject("multiImage").putArray("images");
      for (int i = 0; i < imageUrns.size(); i++) {
        array.addObject().put("id", imageUrns.get(i)).put("altText", images.get(i).altText());
      }
    }
    body.put("lifecycleState", "PUBLISHED");
    body.put("isReshareDisabledByAuthor", false);
    return body;
  }
}
