/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text that leaves with a post, with the field it is typed into.
 *
 * @param image for {@link FieldKind#ALT_TEXT}, the 1-based image it describes in a post of several;
 *     0 when the post has one image or the field belongs to the whole post
 * @param text the text exactly as it will be sent; null is read as empty
 */
public record OutgoingText(FieldKind kind, int image, String text) {

  public OutgoingText {
    Objects.requireNonNull(kind, "kind");
    if (image < 0) {
      throw new IllegalArgumentException("image number must be 0 or more");
    }
    text = text == null ? "" : text;
  }

  /** A field of the whole post. */
  public static OutgoingText of(FieldKind kind, String text) {
    return new OutgoingText(kind, 0, text);
  }

  /**
   * The fields of a post besides its caption, in the order a refusal names them: the alt text of
   * each image (numbered when there are several), each hashtag, the link, the content warning and
   * every justification typed for the audit record.
   */
  public static List<OutgoingText> ofPost(
      List<String> altTexts,
      List<String> hashtags,
      Optional<String> link,
      Optional<String> contentWarning,
      List<String> justifications) {
    List<OutgoingText> out = new ArrayList<>();
    for (int i = 0; i < altTexts.size(); i++) {
      out.add(
          new OutgoingText(FieldKind.ALT_TEXT, altTexts.size() == 1 ? 0 : i + 1, altTexts.get(i)));
    }
    hashtags.forEach(t -> out.add(of(FieldKind.HASHTAG, t)));
    link.ifPresent(l -> out.add(of(FieldKind.LINK, l)));
    contentWarning.ifPresent(w -> out.add(of(FieldKind.CONTENT_WARNING, w)));
    justifications.forEach(j -> out.add(of(FieldKind.JUSTIFICATION, j)));
    return List.copyOf(out);
  }

  /** Where the field is, for a sentence: "the alt text of image 2", "the hashtags". */
  public String where() {
    return image == 0 ? kind.label() : kind.label() + " of image " + image;
  }

  /** Names the field only: the text may be PHI. */
  @Override
  public String toString() {
    return "OutgoingText[" + where() + ", " + text.length() + " chars]";
  }
}
