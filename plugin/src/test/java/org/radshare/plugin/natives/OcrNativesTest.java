/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radshare.plugin.toolbar.ShareAction;
import org.radshare.plugin.toolbar.ShareToolBar;

class OcrNativesTest {

  @ParameterizedTest
  @CsvSource({
    "Windows 11, amd64, windows-x86-64",
    "Mac OS X, x86_64, macosx-x86-64",
    "Mac OS X, aarch64, macosx-aarch64",
    "Linux, amd64, linux-x86-64",
    "Linux, aarch64, linux-aarch64",
    "Linux, arm, linux-arm",
    "FreeBSD, amd64, freebsd-x86-64",
    "Windows 11, aarch64, windows-aarch64"
  })
  void namesThePlatformAsWeasisLauncherDoes(String os, String arch, String spec) {
    assertThat(OcrNatives.spec(os, arch)).isEqualTo(spec);
  }

  @Test
  void anUnsupportedPlatformIsExplained() {
    Optional<String> reason =
        OcrNatives.unavailableReason("windows-aarch64", getClass().getClassLoader());
    assertThat(reason).get().asString().contains("no build for windows-aarch64", "Supported:");
  }

  @Test
  void aSupportedPlatformWithoutItsFragmentIsExplained(@TempDir Path empty) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {empty.toUri().toURL()}, null)) {
      assertThat(OcrNatives.unavailableReason("macosx-aarch64", loader))
          .get()
          .asString()
          .contains("OCR engine for macosx-aarch64", "radshare-plugin-VERSION-macosx-aarch64.jar");
    }
  }

  @Test
  void aPlatformWithItsJniLibraryIsAvailable(@TempDir Path root) throws Exception {
    Path lib = root.resolve(OcrNatives.jniLibrary("linux-aarch64"));
    Files.createDirectories(lib.getParent());
    Files.write(lib, new byte[] {0x7f, 'E', 'L', 'F'});
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      assertThat(OcrNatives.unavailableReason("linux-aarch64", loader)).isEmpty();
    }
  }

  @Test
  void theToolBarDisablesEveryCommandAndSaysWhy() {
    ShareToolBar bar =
        new ShareToolBar(
            new ShareAction<>(() -> Optional.of("view"), v -> {}, null),
            new ShareAction<>(
                "toolbar.shareClip",
                ShareAction.CLIP_SHORTCUT,
                () -> Optional.of("s"),
                v -> {},
                null));
    bar.addShareCommand(new ShareAction<>(() -> Optional.of("layout"), v -> {}, null), "layout");
    bar.makeUnavailable("no OCR here");

    bar.shareAction().refreshEnabled();
    bar.clipAction().shareCurrent();
    Set<Boolean> enabled =
        Set.copyOf(
            java.util.Arrays.stream(bar.getComponents())
                .filter(AbstractButton.class::isInstance)
                .map(c -> c.isEnabled())
                .toList());
    assertThat(enabled).containsExactly(false);
    assertThat(bar.shareButton().getToolTipText()).isEqualTo("no OCR here");
    assertThat(bar.clipButton().getToolTipText()).isEqualTo("no OCR here");
  }
}
