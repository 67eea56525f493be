/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 4: the OCR model is loaded from memory, so scanning leaves nothing in the temporary
 * directory (it used to leave a tessdata folder per run, hundreds a day).
 */
class NoTempFilesTest {

  @TempDir Path tmp;

  @Test
  void twoScansInTwoProcessesLeaveTheTemporaryDirectoryEmpty() throws Exception {
    for (int run = 0; run < 2; run++) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Djava.io.tmpdir=" + tmp);
      command.add("-Djava.awt.headless=true");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(ScanTwiceChild.class.getName());
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        out.lines().forEach(lines::add);
      }
      assertThat(p.waitFor()).isZero();
      assertThat(lines).as("both scans ran").hasSize(2).doesNotContain("BLOCK");
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .as("left in the temporary directory")
          .filteredOn(name -> !name.startsWith("hsperfdata"))
          .isEmpty();
    }
  }
}
