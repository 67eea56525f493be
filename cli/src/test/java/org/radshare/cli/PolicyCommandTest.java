package org.radshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

  @TempDir Path dir;

  @Test
  void templateIsValid() {
    CliRun run = CliRun.of("policy", "check", "../bundle-config/policy.json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("valid: ").contains("BLOCK override never");
  }

  @Test
  void eachProblemIsExplainedAndExitIsTwo() throws Exception {
    String template = Files.readString(Path.of("../bundle-config/policy.json"));
    Path bad = dir.resolve("policy.json");
    Files.writeString(
        bad,
        template
            .replace("\"allowed\": false", "\"allowed\": true")
            .replace("\"retentionDays\": 3650", "\"retentionDays\": 0"));
    CliRun run = CliRun.of("policy", "check", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("$.audit.retentionDays").contains("invalid:");
    assertThat(run.err()).contains("sharing would be disabled");
  }

  @Test
  void missingFileIsBadInput() {
    CliRun run = CliRun.of("policy", "check", dir.resolve("none.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("not found");
  }
}
