/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;

/**
 * Identifiers that need no header, invented at random: dates in many written forms, SSNs, ZIP
 * codes, IP addresses, VINs, licence plates, phone numbers in the fictional 555-01xx range, e-mail
 * at reserved example domains, ages over 89 in words and record-number-like digit runs.
 */
final class HeaderFree {

  private HeaderFree() {}

  private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final String[] TENS_AGES = {
    "ninety",
    "ninety-one",
    "ninety-two",
    "ninety-three",
    "ninety-four",
    "ninety-five",
    "ninety-six",
    "ninety-seven",
    "ninety-eight",
    "ninety-nine",
    "one hundred and two"
  };

  static String date(Random r) {
    LocalDate d = LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    int day = d.getDayOfMonth();
    String ord = day + ordinal(day);
    return switch (r.nextInt(11)) {
      case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", day, d.getMonthValue(), d.getYear());
      case 1 -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getMonthValue(), day, d.getYear());
      case 2 -> d.toString();
      case 3 -> day + " " + mon + " " + d.getYear();
      case 4 -> month + " " + day + ", " + d.getYear();
      case 5 -> mon + ". " + ord;
      case 6 -> "the " + ord + " of " + month;
      case 7 -> String.format(Locale.ROOT, "%d.%d.%d", day, d.getMonthValue(), d.getYear());
      case 8 -> String.format(Locale.ROOT, "%02d-%s-%d", day, mon, d.getYear());
      case 9 -> month + " " + ord;
      default -> ord + " " + mon;
    };
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** {prefix, identifying value, category}. */
  static String[] number(Random r) {
    return switch (r.nextInt(11)) {
      case 0 -> new String[] {"SSN ", digits(r, 9), "SsnLike"};
      case 1 -> new String[] {"lives near Boston, MA ", digits(r, 5), "ZipCode"};
      case 2 -> new String[] {"zip ", digits(r, 5) + "-" + digits(r, 4), "ZipCode"};
      case 3 ->
          new String[] {
            "uploaded from ",
            "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)),
            "IpAddress"
          };
      case 4 ->
          new String[] {
            "VPN ",
            String.format(
                Locale.ROOT,
                "fd%02x:%x::%x:%x",
                r.nextInt(256),
                r.nextInt(65536),
                r.nextInt(65536),
                1 + r.nextInt(65535)),
            "IpAddress"
          };
      case 5 -> new String[] {"car crash, VIN ", vin(r), "VehicleId"};
      case 6 ->
          new String[] {
            "licence plate ", letters(r, 2) + digits(r, 2) + " " + letters(r, 3), "LicensePlate"
          };
      case 7 ->
          new String[] {
            "call ",
            String.format(Locale.ROOT, "(555) 01%d-%s", r.nextInt(10), digits(r, 4)),
            "Phone"
          };
      case 8 ->
          new String[] {"a ", TENS_AGES[r.nextInt(TENS_AGES.length)] + "-year-old", "AgeOver89"};
      case 9 -> new String[] {"mail ", "j.roe" + r.nextInt(100) + "@example.org", "Email"};
      default -> new String[] {"record ", mrnLike(r), "IdentifierNumber"};
    };
  }

  private static String mrnLike(Random r) {
    String d = digits(r, 8);
    return switch (r.nextInt(5)) {
      case 0 -> d;
      case 1 -> d.substring(0, 4) + "-" + d.substring(4);
      case 2 -> shift(d, 0xFF10);
      case 3 -> shift(d, 0x0660);
      default -> String.join(" ", d.split(""));
    };
  }

  private static String shift(String digits, int zero) {
    StringBuilder b = new StringBuilder();
    digits.chars().forEach(c -> b.appendCodePoint(zero + (c - '0')));
    return b.toString();
  }

  static String digits(Random r, int n) {
    StringBuilder b = new StringBuilder();
    b.append(1 + r.nextInt(9));
    while (b.length() < n) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  private static String letters(Random r, int n) {
    StringBuilder b = new StringBuilder();
    while (b.length() < n) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String vin(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      b.append(
          i % 3 == 1
              ? (char) ('0' + r.nextInt(10))
              : VIN_CHARS.charAt(r.nextInt(VIN_CHARS.length())));
    }
    return b.toString();
  }
}
