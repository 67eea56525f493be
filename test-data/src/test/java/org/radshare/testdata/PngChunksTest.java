/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Walks every committed PNG chunk by chunk: pixels only, no text, time or other metadata. */
class PngChunksTest {

  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  @Test
  void everyPngIsEightBitRgbWithOnlyImageChunks() throws IOException {
    List<Path> pngs;
    try (Stream<Path> all = Files.walk(Fixtures.ROOT)) {
      pngs = all.filter(p -> p.toString().endsWith(".png")).toList();
    }
    assertThat(pngs).isNotEmpty();
    for (Path png : pngs) {
      List<String> chunks = new ArrayList<>();
      try (InputStream raw = Files.newInputStream(png);
          DataInputStream in = new DataInputStream(raw)) {
        assertThat(in.readNBytes(8)).as(png.toString()).isEqualTo(SIGNATURE);
        while (true) {
          int length = in.readInt();
          String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
          byte[] data = in.readNBytes(length);
          in.readInt();
          chunks.add(type);
          if (type.equals("IHDR")) {
            assertThat(data[8]).as(png + " bit depth").isEqualTo((byte) 8);
            assertThat(data[9]).as(png + " colour type RGB").isEqualTo((byte) 2);
          }
          if (type.equals("IEND")) {
            break;
          }
        }
        assertThat(in.read()).as(png + " nothing after IEND").isEqualTo(-1);
      }
      assertThat(chunks.get(0)).isEqualTo("IHDR");
      assertThat(chunks)
          .as(png.toString())
          .allMatch(c -> c.equals("IHDR") || c.equals("IDAT") || c.equals("IEND"));
    }
  }

  @Test
  void fixturesStayUnderTwentyMegabytes() throws IOException {
    long total;
    try (Stream<Path> all = Files.walk(Fixtures.ROOT)) {
      total = all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertThat(total).isLessThan(20L * 1024 * 1024);
  }
}
