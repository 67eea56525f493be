/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;

/** Every text the plugin shows has an English entry; translators start from that file. */
class MessagesTest {

  private static final Pattern KEY =
      Pattern.compile(
          "(?:Messages\\.(?:getString|format)\\(|ReviewKeys\\.(?:text|label)\\([^\"]*?)\\s*\"([^\"]+)\"");

  private final ResourceBundle english =
      ResourceBundle.getBundle("org.radshare.plugin.messages", Locale.ROOT);

  @Test
  void everyKeyUsedInTheSourcesHasEnglishText() throws Exception {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("radshare.sources")))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(40);
    // keys built from a prefix ("verdict." + v) are covered by the enum test below
    assertThat(keys.stream().filter(k -> !k.endsWith(".") && !english.containsKey(k)).toList())
        .as("keys without English text")
        .isEmpty();
  }

  @Test
  void everyVerdictBlockerAndRegionClassHasText() {
    for (Verdict v : Verdict.values()) {
      assertThat(english.containsKey("verdict." + v.name())).as(v.name()).isTrue();
    }
    for (PostBlocker b : PostBlocker.values()) {
      assertThat(english.containsKey("blocker." + b.name())).as(b.name()).isTrue();
    }
    for (RegionClass c : RegionClass.values()) {
      assertThat(english.containsKey("review.region." + c.name().toLowerCase(Locale.ROOT)))
          .as(c.name())
          .isTrue();
    }
  }

  @Test
  void aMissingKeyShowsAsMarkedKeyInsteadOfFailing() {
    assertThat(Messages.getString("no.such.key")).isEqualTo("!no.such.key!");
    assertThat(Messages.format("review.remaining", 3, 500)).isEqualTo("3 of 500 left");
  }
}
