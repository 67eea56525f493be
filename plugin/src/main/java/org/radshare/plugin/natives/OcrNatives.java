/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.natives;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.radshare.plugin.Messages;

/**
 * Whether this workstation can run the OCR engine that must read every image before it is shared.
 * The engine's native libraries come in one fragment bundle per platform, named after Weasis's
 * {@code native.library.spec} (docs/architecture.md, "Native code"); this class names the platform
 * the way the Weasis launcher does and tells the tool bar, in words, why sharing is unavailable
 * when the platform has no build or its fragment is not installed.
 */
public final class OcrNatives {

  /** The platforms with a natives fragment, as Weasis's launcher names them. */
  public static final List<String> SUPPORTED =
      List.of("windows-x86-64", "macosx-x86-64", "macosx-aarch64", "linux-x86-64", "linux-aarch64");

  private OcrNatives() {}

  /**
   * The platform as the Weasis 4.7 launcher writes {@code native.library.spec}: {@code windows},
   * {@code macosx} or {@code linux}, then {@code x86-64} for amd64/x86_64/em64t, else the
   * architecture in lower case (e.g. {@code aarch64}).
   */
  public static String spec(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String name =
        os.startsWith("win")
            ? "windows"
            : os.startsWith("mac") ? "macosx" : os.startsWith("linux") ? "linux" : os;
    String arch = osArch.toLowerCase(Locale.ROOT);
    String cpu =
        switch (arch) {
          case "amd64", "x86_64", "em64t", "x86-64" -> "x86-64";
          case "arm64" -> "aarch64";
          default -> arch;
        };
    return name.replace(' ', '_') + "-" + cpu;
  }

  /** This JVM's platform. */
  public static String currentSpec() {
    return spec(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
  }

  /**
   * Why sharing cannot work on {@code spec} with the bundle whose class loader is {@code loader},
   * or empty when the engine's JNI library for that platform is on it.
   */
  public static Optional<String> unavailableReason(String spec, ClassLoader loader) {
    if (!SUPPORTED.contains(spec)) {
      return Optional.of(Messages.format("toolbar.unavailable.platform", spec));
    }
    if (loader.getResource(jniLibrary(spec)) == null) {
      return Optional.of(Messages.format("toolbar.unavailable.natives", spec));
    }
    return Optional.empty();
  }

  /** Where the natives fragment of {@code spec} keeps Tesseract's JNI library. */
  static String jniLibrary(String spec) {
    String bytedeco = spec.replace("x86-64", "x86_64").replace("aarch64", "arm64");
    String file =
        spec.startsWith("windows")
            ? "jnitesseract.dll"
            : spec.startsWith("macosx") ? "libjnitesseract.dylib" : "libjnitesseract.so";
    return "org/bytedeco/tesseract/" + bytedeco + "/" + file;
  }
}
