/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The OCR engine runs inside the plugin bundle from the natives fragment of this machine's
 * platform, as Weasis would install them: the fragment of this platform attaches, another
 * platform's fragment does not resolve, and Tesseract reads real text on real pixels through the
 * bundle's class loader. Without the fragment the engine reports itself unavailable (sharing then
 * blocks). Runs in its own JVM (failsafe forks per class): a native library loads once per JVM.
 */
class NativeFragmentOcrIT {

  private static final String OCR = "org.radshare.core.pixel.TesseractOcr";

  @TempDir Path cache;
  @TempDir Path cache2;

  @Test
  void withoutItsFragmentThePluginReportsOcrUnavailable() throws Exception {
    Path jackson = FelixRuntime.jacksonDirs().reduce((a, b) -> b).orElseThrow();
    try (FelixRuntime felix = FelixRuntime.start(cache2, jackson, true)) {
      Bundle plugin = felix.context().installBundle(BuiltBundle.pluginJar().toUri().toString());
      plugin.start();
      Class<?> ocr = plugin.loadClass(OCR);
      assertThatThrownBy(() -> invoke(ocr, "bundled"))
          .hasMessageContaining("not available for this platform");
    }
  }

  @Test
  void thisPlatformsFragmentAttachesAndTesseractReadsText() throws Exception {
    String spec = org.radshare.plugin.natives.OcrNatives.currentSpec();
    String other = spec.startsWith("windows") ? "linux-x86-64" : "windows-x86-64";
    Path jackson = FelixRuntime.jacksonDirs().reduce((a, b) -> b).orElseThrow();
    try (FelixRuntime felix = FelixRuntime.start(cache, jackson, true)) {
      Path pluginJar = BuiltBundle.pluginJar();
      Bundle plugin = felix.context().installBundle(pluginJar.toUri().toString());
      Bundle mine =
          felix
              .context()
              .installBundle(NativeFragmentsIT.fragmentOf(pluginJar, spec).toUri().toString());
      Bundle foreign =
          felix
              .context()
              .installBundle(NativeFragmentsIT.fragmentOf(pluginJar, other).toUri().toString());
      plugin.start();

      assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
      assertThat(mine.getState()).as(spec + " fragment attached").isEqualTo(Bundle.RESOLVED);
      assertThat(mine.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT)
          .isNotZero();
      assertThat(foreign.getState())
          .as(other + " fragment is not selected on " + spec)
          .isEqualTo(Bundle.INSTALLED);

      Class<?> ocrType = plugin.loadClass(OCR);
      assertThat(ocrType.getClassLoader()).isNotSameAs(getClass().getClassLoader());
      Object ocr = invoke(ocrType, "bundled");
      List<?> words =
          (List<?>)
              ocrType
                  .getMethod("rawSinglePass", BufferedImage.class)
                  .invoke(ocr, textImage("FRAGMENT 4217"));
      List<String> texts = words.stream().map(NativeFragmentOcrIT::text).toList();
      assertThat(texts).contains("FRAGMENT", "4217");
    }
  }

  private static Object invoke(Class<?> type, String staticMethod) throws Exception {
    try {
      return type.getMethod(staticMethod).invoke(null);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static String text(Object word) {
    try {
      return (String) word.getClass().getMethod("text").invoke(word);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BufferedImage textImage(String text) {
    BufferedImage image = new BufferedImage(640, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.WHITE);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
    g.drawString(text, 30, 80);
    g.dispose();
    return image;
  }
}
