/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever bytes arrive, the reader returns a dataset or throws {@link DicomJsonException}: never
 * another exception, never a stack overflow, never a hang.
 */
class DicomJsonReaderPropertiesTest {

  private static final List<String> VRS =
      List.of(
          "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF",
          "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN",
          "UR", "US", "UT", "UV", "XX", "", "pn");

  /** Reads and asserts the only two allowed outcomes. */
  private static void readsOrRejects(String json) {
    try {
      Dataset d = DicomJsonReader.read(json);
      assertThat(d).isNotNull();
      d.texts(); // walking a read dataset must not fail either
    } catch (DicomJsonException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void randomBytes(@ForAll @Size(max = 400) byte[] bytes) {
    try {
      assertThat(DicomJsonReader.read(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (DicomJsonException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void randomStrings(@ForAll @Size(max = 200) String s) {
    readsOrRejects(s);
  }

  @Property(tries = 500)
  void randomDicomShapedTrees(@ForAll long seed) {
    readsOrRejects(new RandomJson(new Random(seed)).dataset(0));
  }

  @Property(tries = 300)
  void validDocumentWithOneTokenBroken(@ForAll long seed, @ForAll("junk") String junk) {
    String valid = new RandomJson(new Random(seed)).validDataset(0);
    Random r = new Random(seed ^ 0x5DEECE66DL);
    int at = r.nextInt(valid.length() + 1);
    int len = Math.min(valid.length() - at, r.nextInt(6));
    readsOrRejects(valid.substring(0, at) + junk + valid.substring(at + len));
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.of(
        "",
        "1",
        "\"x\"",
        "null",
        "[]",
        "{}",
        "true",
        "-1e99999",
        "\"SQ\"",
        "\"PN\"",
        ",",
        ":",
        "{\"Alphabetic\":1}",
        "\"00100010\"",
        "[[[[",
        "}}}}",
        "\"\\u0000\"",
        "\"\\uD800\"");
  }

  @Property(tries = 20)
  void deepNestingOfEveryKind(@ForAll @IntRange(min = 1, max = 100_000) int depth) {
    readsOrRejects("[".repeat(depth) + "]".repeat(depth));
    readsOrRejects("{\"00081115\":".repeat(depth) + "{}" + "}".repeat(depth));
    readsOrRejects(DicomJsonReaderTest.nestedSequences(Math.min(depth, 2000)));
  }

  @Property(tries = 10)
  void hugeStringsAndNumbers(@ForAll @IntRange(min = 1, max = 2_000_000) int size) {
    readsOrRejects("{\"00100010\":{\"vr\":\"LO\",\"Value\":[\"" + "A".repeat(size) + "\"]}}");
    readsOrRejects("{\"00280010\":{\"vr\":\"US\",\"Value\":[" + "9".repeat(size) + "]}}");
    readsOrRejects("{\"00280010\":{\"vr\":\"FD\",\"Value\":[1e" + "9".repeat(size % 5000) + "]}}");
    readsOrRejects("{\"00280010\":{\"vr\":\"DS\",\"Value\":[\"" + "9".repeat(size) + "\"]}}");
    readsOrRejects("{\"" + "0".repeat(size) + "\":{}}");
  }

  /** Builds random JSON biased towards DICOM shapes so the reader's deeper paths are reached. */
  private static final class RandomJson {
    private final Random r;

    RandomJson(Random r) {
      this.r = r;
    }

    String dataset(int depth) {
      StringBuilder sb = new StringBuilder("{");
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append(key()).append(':').append(attribute(depth));
      }
      return sb.append('}').toString();
    }

    String validDataset(int depth) {
      StringBuilder sb = new StringBuilder("{");
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        String vr = r.nextBoolean() ? "PN" : (depth < 3 && r.nextBoolean() ? "SQ" : "LO");
        String value =
            switch (vr) {
              case "PN" -> "{\"Alphabetic\":\"DOE^JOHN\"}";
              case "SQ" -> validDataset(depth + 1);
              default -> "\"E421-280-644\"";
            };
        sb.append(i > 0 ? "," : "")
            .append(String.format("\"%08X\"", 0x00100000 + i))
            .append(":{\"vr\":\"")
            .append(vr)
            .append("\",\"Value\":[")
            .append(value)
            .append("]}");
      }
      return sb.append('}').toString();
    }

    private String key() {
      return switch (r.nextInt(6)) {
        case 0 -> "\"" + Integer.toHexString(r.nextInt()) + "\"";
        case 1 -> "\"x\"";
        default -> String.format("\"%08X\"", r.nextInt());
      };
    }

    private String attribute(int depth) {
      if (r.nextInt(10) == 0) {
        return any(depth);
      }
      StringBuilder sb = new StringBuilder("{");
      String vr = VRS.get(r.nextInt(VRS.size()));
      sb.append("\"vr\":\"").append(vr).append('"');
      switch (r.nextInt(6)) {
        case 0 -> sb.append(",\"InlineBinary\":").append(r.nextBoolean() ? "\"AAAA\"" : any(0));
        case 1 -> sb.append(",\"BulkDataURI\":\"http://x/1\"");
        case 2 -> {}
        default -> {
          sb.append(",\"Value\":[");
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append(value(vr, depth));
          }
          sb.append(']');
        }
      }
      if (r.nextInt(20) == 0) {
        sb.append(",\"Extra\":1");
      }
      return sb.append('}').toString();
    }

    private String value(String vr, int depth) {
      if (r.nextInt(8) == 0) {
        return any(depth);
      }
      return switch (vr) {
        case "SQ" -> depth < 6 ? dataset(depth + 1) : "{}";
        case "PN" ->
            r.nextBoolean()
                ? "{\"Alphabetic\":\"A^B\",\"Ideographic\":\"山田\"}"
                : "{\"Phonetic\":null}";
        case "AT" -> String.format("\"%08X\"", r.nextInt());
        case "FD", "FL", "SL", "SS", "UL", "US", "SV", "UV", "IS", "DS" ->
            r.nextBoolean() ? Integer.toString(r.nextInt()) : "\"" + r.nextDouble() + "\"";
        default -> "\"text " + r.nextInt(100) + "\"";
      };
    }

    private String any(int depth) {
      return switch (r.nextInt(8)) {
        case 0 -> "null";
        case 1 -> "true";
        case 2 -> Long.toString(r.nextLong());
        case 3 -> "\"s\"";
        case 4 -> "[]";
        case 5 -> depth < 6 ? dataset(depth + 1) : "{}";
        case 6 -> "[1,\"a\",null,{}]";
        default -> "{\"Alphabetic\":\"X\"}";
      };
    }
  }
}
