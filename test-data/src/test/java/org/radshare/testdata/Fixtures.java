/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Paths to, and parsed views of, the committed fixtures. */
final class Fixtures {

  static final Path ROOT = Path.of("fixtures");
  static final Path IMAGES = ROOT.resolve("images");
  static final Path CINE = ROOT.resolve("cine");
  static final ObjectMapper JSON = new ObjectMapper();

  /** Safe Harbor categories that need no header attribute. */
  static final Set<String> SAFE_HARBOR =
      Set.of("Phone", "Email", "Url", "AgeOver89", "StreetAddress", "SsnLike");

  private Fixtures() {}

  /** Ids of every committed still image, sorted. */
  static List<String> imageIds() {
    try (Stream<Path> files = Files.list(IMAGES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".png"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ids of every committed clip (one directory of frames each), sorted. */
  static List<String> clipIds() {
    try (Stream<Path> files = Files.list(CINE)) {
      return files
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  static JsonNode header(String id) {
    return read(IMAGES.resolve(id + ".header.json"));
  }

  static JsonNode truth(String id) {
    return read(IMAGES.resolve(id + ".truth.json"));
  }
}
