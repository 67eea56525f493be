/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens each platform's natives fragment as IT would deploy it: it attaches to this very plugin
 * version, carries the OCR engine's libraries for its platform and nothing else, and its
 * Bundle-NativeCode names them with the OS and processor that select it. The plugin bundle itself
 * carries no native library.
 */
class NativeFragmentsIT {

  /** A workstation platform: Weasis's native.library.spec, bytedeco's name, OSGi selection. */
  record Platform(String spec, String bytedeco, String osname, String processor, String suffix) {}

  static Stream<Platform> platforms() {
    return Stream.of(
        new Platform("linux-x86-64", "linux-x86_64", "Linux", "x86-64", ".so"),
        new Platform("linux-aarch64", "linux-arm64", "Linux", "aarch64", ".so"),
        new Platform("windows-x86-64", "windows-x86_64", "Win32", "x86-64", ".dll"),
        new Platform("macosx-x86-64", "macosx-x86_64", "MacOSX", "x86-64", ".dylib"),
        new Platform("macosx-aarch64", "macosx-arm64", "MacOSX", "aarch64", ".dylib"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("platforms")
  void fragmentCarriesItsPlatformsLibrariesAndSelectsItself(Platform platform) throws Exception {
    Path plugin = BuiltBundle.pluginJar();
    Path fragment = fragmentOf(plugin, platform.spec());
    Attributes host = BuiltBundle.manifest(plugin).getMainAttributes();
    Attributes main = BuiltBundle.manifest(fragment).getMainAttributes();

    String hostName = host.getValue("Bundle-SymbolicName");
    String hostVersion = host.getValue("Bundle-Version");
    assertThat(main.getValue("Fragment-Host"))
        .isEqualTo(hostName + ";bundle-version=\"[" + hostVersion + "," + hostVersion + "]\"");
    assertThat(main.getValue("Bundle-SymbolicName"))
        .isEqualTo("org.radshare.plugin.natives." + platform.spec());
    assertThat(main.getValue("Bundle-Version")).isEqualTo(hostVersion);

    List<ManifestHeaders.Clause> clauses =
        ManifestHeaders.clauses(main.getValue("Bundle-NativeCode"));
    assertThat(clauses).as("one clause: one platform per fragment").hasSize(1);
    List<String> parts =
        Arrays.stream((clauses.get(0).name() + ";" + clauses.get(0).parameters()).split(";"))
            .map(String::trim)
            .toList();
    List<String> paths = parts.stream().filter(p -> !p.contains("=")).toList();
    assertThat(parts.stream().filter(p -> p.contains("=")).toList())
        .as("selection filter")
        .containsExactlyInAnyOrder(
            "osname=" + platform.osname(), "processor=" + platform.processor());

    try (JarFile jar = new JarFile(fragment.toFile())) {
      List<String> files =
          jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList();
      assertThat(files)
          .as("only the manifest and this platform's libraries")
          .allMatch(
              f ->
                  f.equals("META-INF/MANIFEST.MF")
                      || f.matches("org/bytedeco/[a-z]+/" + platform.bytedeco() + "/[^/]+"));
      assertThat(paths).as("every named library is in the fragment").allMatch(files::contains);
      List<String> jni =
          files.stream()
              .filter(f -> f.matches(".*/(lib)?jni[a-z]+" + platform.suffix().replace(".", "\\.")))
              .toList();
      assertThat(jni)
          .as("the JNI libraries of javacpp, leptonica and tesseract")
          .hasSize(3)
          .allMatch(paths::contains);
      assertThat(paths)
          .as("tesseract and leptonica themselves")
          .anyMatch(p -> p.contains("/tesseract/") && !p.contains("jni"))
          .anyMatch(p -> p.contains("/leptonica/") && !p.contains("jni"));
    }
    System.out.printf(
        "natives fragment %-15s %6.1f MB%n", platform.spec(), Files.size(fragment) / 1e6);
  }

  @Test
  void pluginBundleCarriesNoNativeLibrary() throws Exception {
    Path plugin = BuiltBundle.pluginJar();
    try (JarFile jar = new JarFile(plugin.toFile())) {
      assertThat(jar.stream().map(JarEntry::getName).toList())
          .noneMatch(e -> e.matches(".*\\.(so|dll|dylib)(\\..*)?"))
          .noneMatch(e -> e.matches("lib/.*-(linux|windows|macosx)-.*\\.jar"));
    }
    System.out.printf("plugin bundle %.1f MB%n", Files.size(plugin) / 1e6);
  }

  /** The fragment built beside the plugin jar: radshare-plugin-VERSION-SPEC.jar. */
  static Path fragmentOf(Path plugin, String spec) {
    String name = plugin.getFileName().toString().replaceFirst("\\.jar$", "-" + spec + ".jar");
    Path fragment = plugin.resolveSibling(name);
    assertThat(fragment).as("natives fragment for " + spec).isRegularFile();
    return fragment;
  }
}
