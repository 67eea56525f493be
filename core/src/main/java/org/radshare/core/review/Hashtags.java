/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hashtags as the radiologist types them ("#radiology, MRI #neuro") turned into the tags platforms
 * accept: letters, digits and underscores, not all digits, each once, without the '#'.
 */
public final class Hashtags {

  private Hashtags() {}

  /** The valid tags in {@code typed}, in order, without duplicates (case-insensitively). */
  public static List<String> parse(String typed) {
    List<String> tags = new ArrayList<>();
    if (typed == null) {
      return tags;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String word : typed.split("[\\s,;]+")) {
      String tag = word.replaceFirst("^#+", "");
      if (isValid(tag) && seen.add(tag.toLowerCase(java.util.Locale.ROOT))) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /** Whether {@code tag} (without '#') is one a platform links as a hashtag. */
  public static boolean isValid(String tag) {
    return !tag.isEmpty()
        && tag.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
        && !tag.codePoints().allMatch(Character::isDigit);
  }

  /** The tags written out for a post: "#a #b". */
  public static String render(List<String> tags) {
    StringBuilder out = new StringBuilder();
    for (String tag : tags) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append('#').append(tag);
    }
    return out.toString();
  }
}
