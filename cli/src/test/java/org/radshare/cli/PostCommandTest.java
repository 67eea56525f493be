/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radshare post --to outbox}: the gates, the outbox entry and the audit trail. */
class PostCommandTest {

  @TempDir Path dir;

  private String[] post(String caption, String alt, String... extra) {
    Path f = ScanContractTest.FIXTURES;
    String[] base = {
      "post",
      "--image",
      f.resolve("ct-001.png").toString(),
      "--header",
      f.resolve("ct-001.header.json").toString(),
      "--caption",
      caption,
      "--alt",
      alt,
      "--to",
      "outbox",
      "--outbox",
      dir.toString(),
      "--json"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void reviewIsRefusedUntilConfirmedThenPostedAndAudited() throws Exception {
    CliRun refused = CliRun.of(post("Hepatic cysts #FOAMrad", "Axial CT of the abdomen"));
    assertThat(refused.exit()).isEqualTo(PostCommand.EXIT_REFUSED);
    assertThat(posts()).isZero();

    CliRun posted =
        CliRun.of(post("Hepatic cysts #FOAMrad", "Axial CT of the abdomen", "--confirm-review"));
    assertThat(posted.exit()).isZero();
    JsonNode out = new ObjectMapper().readTree(posted.out());
    assertThat(out.get("outcome").asText()).isEqualTo("POSTED");
    assertThat(out.get("verdict").asText()).isEqualTo("REVIEW");
    assertThat(posts()).isEqualTo(1);

    CliRun verify =
        CliRun.of("audit", "verify", "--log", dir.resolve("audit/audit.jsonl").toString());
    assertThat(verify.exit()).isZero();
    assertThat(Files.readString(dir.resolve("audit/audit.jsonl")))
        .contains(out.get("imageSha256").asText())
        .doesNotContainIgnoringCase("müller");
  }

  @Test
  void identifiersInTheCaptionAreNeverPostedEvenWhenConfirmed() throws Exception {
    CliRun run = CliRun.of(post("Thanks to MÜLLER for the case", "Axial CT", "--confirm-review"));
    assertThat(run.exit()).isEqualTo(PostCommand.EXIT_REFUSED);
    assertThat(new ObjectMapper().readTree(run.out()).get("verdict").asText()).isEqualTo("BLOCK");
    assertThat(posts()).isZero();
  }

  @Test
  void missingAltTextIsRefusedAndUnknownPlatformIsBadInput() throws Exception {
    assertThat(CliRun.of(post("Cysts", " ", "--confirm-review")).exit())
        .isEqualTo(PostCommand.EXIT_REFUSED);
    CliRun unknown = CliRun.of("post", "--image", "x.png", "--caption", "c", "--to", "myspace");
    assertThat(unknown.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(unknown.err()).contains("unknown platform");
    assertThat(posts()).isZero();
  }

  @Test
  void twoImagesWithTheirAltTextsArePostedTogether() throws Exception {
    Path f = ScanContractTest.FIXTURES;
    CliRun run =
        CliRun.of(
            "post",
            "--image",
            f.resolve("ct-001.png").toString(),
            "--header",
            f.resolve("ct-001.header.json").toString(),
            "--alt",
            "Axial CT of the abdomen",
            "--image",
            f.resolve("ct-002.png").toString(),
            "--header",
            f.resolve("ct-002.header.json").toString(),
            "--alt",
            "Second axial CT",
            "--caption",
            "Two cases #FOAMrad",
            "--to",
            "outbox",
            "--outbox",
            dir.toString(),
            "--confirm-review",
            "--json");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.get("mediaSha256")).hasSize(2);
    assertThat(out.get("imageSha256").asText()).isEqualTo(out.get("mediaSha256").get(0).asText());
    Path entry = entries().get(0);
    assertThat(entry.resolve("media-1.png")).exists();
    assertThat(entry.resolve("media-2.png")).exists();
    assertThat(Files.readString(entry.resolve("post.json")))
        .contains("Axial CT of the abdomen")
        .contains("Second axial CT");
  }

  @Test
  void aSecondImageWithoutAltTextIsRefusedAndCountsThatDoNotLineUpAreBadInput() {
    Path image = ScanContractTest.FIXTURES.resolve("ct-001.png");
    Path header = ScanContractTest.FIXTURES.resolve("ct-001.header.json");
    String[] common = {
      "--header",
      header.toString(),
      "--caption",
      "Cysts",
      "--to",
      "outbox",
      "--outbox",
      dir.toString(),
      "--confirm-review"
    };
    CliRun noAlt = CliRun.of(concat(images(image, 2), new String[] {"--alt", "CT"}, common));
    assertThat(noAlt.exit()).isEqualTo(PostCommand.EXIT_REFUSED);
    assertThat(noAlt.out()).contains("Describe image 2 in the alt text");

    CliRun five = CliRun.of(concat(images(image, 5), new String[] {"--alt", "CT"}, common));
    assertThat(five.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(five.err()).contains("at most 4 images");

    CliRun extraAlt =
        CliRun.of(concat(images(image, 1), new String[] {"--alt", "A", "--alt", "B"}, common));
    assertThat(extraAlt.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);

    CliRun fps =
        CliRun.of(concat(images(image, 1), new String[] {"--alt", "A", "--fps", "5"}, common));
    assertThat(fps.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(fps.err()).contains("--frames only");
  }

  @Test
  void aClipIsPostedAsAGifFittedToThePlatformWithItsAdjustments() throws Exception {
    Path cine = ClipCommandsTest.CINE;
    String[] clip = {
      "post",
      "--frames",
      cine.resolve("cine-002").toString(),
      "--header",
      cine.resolve("cine-002.header.json").toString(),
      "--alt",
      "Ultrasound loop",
      "--caption",
      "Teaching loop",
      "--fps",
      "12",
      "--to",
      "outbox",
      "--outbox",
      dir.toString(),
      "--json"
    };
    CliRun badFormat = CliRun.of(concat(clip, new String[] {"--format", "webm"}));
    assertThat(badFormat.exit()).isEqualTo(RadShareCommand.EXIT_BAD_INPUT);
    assertThat(badFormat.err()).contains("mp4 or gif");

    CliRun posted = CliRun.of(concat(clip, new String[] {"--format", "gif", "--confirm-review"}));

    assertThat(posted.exit()).as(posted.out() + posted.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(posted.out());
    assertThat(out.get("verdict").asText()).isEqualTo("REVIEW");
    assertThat(out.get("adjustments").isArray()).isTrue();
    assertThat(out.get("mediaSha256")).hasSize(1);
    Path gif = entries().get(0).resolve("media-1.gif");
    assertThat(gif).exists();
    assertThat(Files.readString(dir.resolve("audit/audit.jsonl")))
        .contains(out.get("mediaSha256").get(0).asText());
  }

  private static String[] images(Path image, int count) {
    String[] out = new String[count * 2 + 1];
    out[0] = "post";
    for (int i = 0; i < count; i++) {
      out[1 + 2 * i] = "--image";
      out[2 + 2 * i] = image.toString();
    }
    return out;
  }

  private static String[] concat(String[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> Files.exists(p.resolve("post.json"))).toList();
    }
  }

  private long posts() throws Exception {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> Files.exists(p.resolve("post.json"))).count();
    }
  }
}
