package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private long posts() throws Exception {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> Files.exists(p.resolve("post.json"))).count();
    }
  }
}
