/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

/**
 * Every kind of text that leaves the hospital with a post. Each is screened the same way ({@link
 * TextScreen}); the kind names the field in the reason a post is refused.
 */
public enum FieldKind {
  CAPTION("the caption"),
  ALT_TEXT("the alt text"),
  HASHTAG("the hashtags"),
  LINK("the link"),
  CONTENT_WARNING("the content warning"),
  JUSTIFICATION("the justification"),
  PLATFORM_TEXT("the platform text");

  private final String label;

  FieldKind(String label) {
    this.label = label;
  }

  /** How a sentence names the field: "the alt text". */
  public String label() {
    return label;
  }
}
