/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.TextRule;

/**
 * Counts text the way each platform does, so a post is rejected here, with a clear message, rather
 * than by the platform after the images were uploaded.
 *
 * <p>Graphemes are counted with the regex {@code \X}: on JDK 17 it follows Unicode extended
 * grapheme clusters including emoji ZWJ sequences, flags and skin tones, whereas {@code
 * BreakIterator.getCharacterInstance()} splits a family emoji into seven (checked on 17.0.15).
 */
public final class TextCounter {

  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private TextCounter() {}

  /** Extended grapheme clusters, what a reader perceives as characters. */
  public static int graphemes(String text) {
    Matcher m = GRAPHEME.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** UTF-8 encoded length. */
  public static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** X's weighted length (twitter-text v3: CJK and emoji weigh 2, every URL 23). */
  public static int xWeighted(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  /**
   * Mastodon's length: graphemes of the content warning plus the text, where every http(s) URL
   * counts as {@code urlLength} characters (StatusLengthValidator).
   */
  public static int mastodon(String spoilerText, String text, int urlLength) {
    Extractor extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    List<Extractor.Entity> urls = extractor.extractURLsWithIndices(text);
    StringBuilder countable = new StringBuilder();
    int from = 0;
    for (Extractor.Entity url : urls) {
      countable.append(text, from, url.getStart()).append("x".repeat(urlLength));
      from = url.getEnd();
    }
    countable.append(text.substring(from));
    return graphemes(spoilerText) + graphemes(countable.toString());
  }

  /** The length of a post's text (and warning, where the platform counts it) under a rule. */
  public static int count(String spoilerText, String text, PlatformLimits limits) {
    TextRule rule = limits.textRule();
    return switch (rule) {
      case GRAPHEMES_URLS_FIXED -> mastodon(spoilerText, text, limits.urlLength());
      case X_WEIGHTED -> xWeighted(text);
      case GRAPHEMES -> graphemes(text);
      case UTF16_UNITS -> text.length();
    };
  }

  /** Characters left for a post's text under {@code limits}; negative when it is too long. */
  public static int remaining(String spoilerText, String text, PlatformLimits limits) {
    return limits.maxTextLength() - count(spoilerText, text, limits);
  }
}
