/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Searches every file under a directory for any of a list of forbidden strings (PHI values from the
 * test data), case-insensitively, in the raw bytes as UTF-8 and UTF-16: the check behind "no PHI
 * value appears in any log, audit or report file". A hit names the file and which needle (by index,
 * so the report itself does not repeat the value).
 */
public final class LeakScan {

  private LeakScan() {}

  /** One occurrence of a forbidden string. */
  public record Hit(Path file, int needleIndex, long offset) {}

  /** Every file under {@code root} (recursively) containing one of {@code needles}. */
  public static List<Hit> scan(Path root, List<String> needles) throws IOException {
    List<Hit> hits = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      byte[] content = lower(Files.readAllBytes(file));
      for (int n = 0; n < needles.size(); n++) {
        String needle = needles.get(n).toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
          continue;
        }
        long at = indexOf(content, needle.getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
          at = indexOf(content, needle.getBytes(StandardCharsets.UTF_16LE));
        }
        if (at < 0) {
          at = indexOf(content, needle.getBytes(StandardCharsets.UTF_16BE));
        }
        if (at >= 0) {
          hits.add(new Hit(file, n, at));
        }
      }
    }
    return hits;
  }

  private static byte[] lower(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] = (byte) (out[i] + 32);
      }
    }
    return out;
  }

  private static long indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
