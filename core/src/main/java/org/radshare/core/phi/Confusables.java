/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Letters of any script that render as one Latin letter or digit, from Unicode's confusables table
 * (UTS #39 skeletons, through ICU4J's {@link SpoofChecker}): Armenian {@code օ}, Cherokee {@code
 * Ꭺ}, Coptic, Lisu, mathematical and other look-alikes that a hand-written table misses. Used by
 * {@link TextNormalizer} after its own Cyrillic and Greek table, one code point at a time so
 * offsets stay exact.
 */
final class Confusables {

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final String NONE = "";
  private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();

  private Confusables() {}

  /**
   * The lower-case Latin letter or digit {@code cp} looks like, or null when it is ASCII, not a
   * letter, or looks like no single Latin character (CJK, most of Arabic, Hebrew…).
   */
  static String latinLookAlike(int cp) {
    if (cp < 0x80 || !Character.isLetter(cp)) {
      return null;
    }
    String found = CACHE.computeIfAbsent(cp, Confusables::lookUp);
    return found.isEmpty() ? null : found;
  }

  private static String lookUp(int cp) {
    String skeleton = SPOOF.getSkeleton(new String(Character.toChars(cp)));
    if (skeleton.length() != 1) {
      return NONE;
    }
    char c = skeleton.charAt(0);
    boolean latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return latin ? String.valueOf(c).toLowerCase(Locale.ROOT) : NONE;
  }
}
