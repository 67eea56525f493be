/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock times from the header written as {@code 14:32}, {@code 14:32:05}, {@code 14h32} or
 * {@code 2:32 pm}. Times need minutes: an hour alone identifies nothing. {@code 14.32} is not read
 * as a time, because it is far more often a measurement.
 */
final class TimeFormats {

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![0-9:])(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?(?![0-9])");

  private TimeFormats() {}

  /** Times in {@code normalized} that are keys ("HH:MM") of {@code times}. */
  static List<Hit> find(String normalized, Map<String, String> times) {
    List<Hit> out = new ArrayList<>();
    if (times.isEmpty()) {
      return out;
    }
    Matcher m = TIME.matcher(DateFormats.digitFold(normalized));
    while (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (m.group(4) != null && hour <= 12) {
        hour = hour % 12 + (m.group(4).equals("p") ? 12 : 0);
      }
      if (hour > 23 || minute > 59) {
        continue;
      }
      String category = times.get(String.format(java.util.Locale.ROOT, "%02d:%02d", hour, minute));
      if (category != null) {
        out.add(new Hit(m.start(), m.end(), category));
      }
    }
    return out;
  }
}
