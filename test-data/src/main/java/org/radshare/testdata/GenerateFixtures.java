/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.radshare.testdata.caption.CaptionCases;
import org.radshare.testdata.caption.HardCaptions;
import org.radshare.testdata.cine.CineFixtures;
import org.radshare.testdata.cine.Clip;
import org.radshare.testdata.cine.ClipTruth;
import org.radshare.testdata.render.FixtureWriter;
import org.radshare.testdata.render.Truth;
import org.radshare.testdata.scene.CrossSections;
import org.radshare.testdata.scene.Documents;
import org.radshare.testdata.scene.HardCases;
import org.radshare.testdata.scene.Negatives;
import org.radshare.testdata.scene.Radiographs;
import org.radshare.testdata.scene.Screenshots;
import org.radshare.testdata.scene.Still;
import org.radshare.testdata.scene.Ultrasound;
import org.radshare.testdata.scene.VariedSet;

/**
 * Writes every synthetic fixture: still images with their DICOM JSON headers and truth files,
 * caption cases and the manifest. Fixed seeds make the output byte-identical on the same JVM and
 * fonts. Every name, ID, date and address is invented.
 */
public final class GenerateFixtures {

  private GenerateFixtures() {}

  /** {@code args[0]}: output directory, default {@code test-data/fixtures}. */
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "test-data/fixtures");
    List<Map<String, String>> manifest = new ArrayList<>();
    List<Still> stills = stills();
    Path images = out.resolve("images");
    clean(images);
    for (Still s : stills) {
      writeStill(images, s);
      manifest.add(entry(s.id(), "image", "images/" + s.id() + ".png", s.description()));
    }
    Path cine = out.resolve("cine");
    deleteTree(cine);
    for (Clip c : CineFixtures.generate(0x5EED_0700L)) {
      writeClip(cine, c);
      manifest.add(entry(c.id(), "cine", "cine/" + c.id(), c.description()));
    }
    List<CaptionCases.Case> captions = CaptionCases.generate(stills);
    FixtureWriter.json(captions, out.resolve("captions.json"));
    for (CaptionCases.Case c : captions) {
      manifest.add(entry(c.id(), "caption", "captions.json", c.description()));
    }
    FixtureWriter.json(
        HardCaptions.generate(stills, HardCaptions.SEED), out.resolve("captions-hard.json"));
    FixtureWriter.json(manifest, out.resolve("manifest.json"));
    System.out.printf(
        Locale.ROOT,
        "wrote %d images, %d clips and %d captions to %s%n",
        stills.size(),
        manifest.stream().filter(m -> m.get("type").equals("cine")).count(),
        captions.size(),
        out);
  }

  /** Every still, in a fixed order. */
  public static List<Still> stills() {
    return Stream.of(
            CrossSections.generate(0x5EED_0100L),
            Ultrasound.generate(0x5EED_0200L),
            Radiographs.generate(0x5EED_0300L),
            Screenshots.generate(0x5EED_0400L),
            Documents.generate(0x5EED_0500L),
            Negatives.generate(0x5EED_0600L),
            HardCases.generate(0x5EED_0800L))
        .flatMap(List::stream)
        .toList();
  }

  /**
   * Writes the randomised harder set ({@link VariedSet}) of {@code count} stills from {@code seed}
   * in the fixture layout (images with headers and truth, no caption cases) under {@code out}: the
   * bench generates it at run time rather than reading committed files.
   */
  public static void writeVaried(Path out, long seed, int count) throws IOException {
    Path images = out.resolve("images");
    Files.createDirectories(images);
    clean(images);
    for (Still s : VariedSet.generate(seed, count)) {
      writeStill(images, s);
    }
    FixtureWriter.json(List.of(), out.resolve("captions.json"));
  }

  private static void writeStill(Path dir, Still s) throws IOException {
    FixtureWriter.png(s.image(), dir.resolve(s.id() + ".png"));
    FixtureWriter.json(s.header().toJson(), dir.resolve(s.id() + ".header.json"));
    Truth t =
        new Truth(
            s.id() + ".png", s.image().getWidth(), s.image().getHeight(), s.kind(), s.regions());
    FixtureWriter.json(t, dir.resolve(s.id() + ".truth.json"));
  }

  private static void writeClip(Path dir, Clip c) throws IOException {
    List<ClipTruth.Frame> frames = new ArrayList<>();
    for (int i = 0; i < c.frames().size(); i++) {
      FixtureWriter.png(
          c.frames().get(i),
          dir.resolve(c.id()).resolve(String.format(Locale.ROOT, "frame-%03d.png", i)));
      frames.add(new ClipTruth.Frame(i, c.regions().get(i)));
    }
    FixtureWriter.json(c.header().toJson(), dir.resolve(c.id() + ".header.json"));
    int w = c.frames().get(0).getWidth();
    int h = c.frames().get(0).getHeight();
    FixtureWriter.json(
        new ClipTruth(c.id(), w, h, c.kind(), frames), dir.resolve(c.id() + ".truth.json"));
  }

  /** Removes a generated directory tree (frames of clips that may have been renamed). */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Map<String, String> entry(String id, String type, String path, String desc) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    m.put("path", path);
    m.put("description", desc);
    return m;
  }

  /** Removes stale generated files so that a renamed case leaves nothing behind. */
  private static void clean(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".png") || n.endsWith(".json")) {
          Files.delete(f);
        }
      }
    }
  }
}
