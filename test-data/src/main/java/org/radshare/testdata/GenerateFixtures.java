package org.radshare.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.radshare.testdata.caption.CaptionCases;
import org.radshare.testdata.render.FixtureWriter;
import org.radshare.testdata.render.Truth;
import org.radshare.testdata.scene.CrossSections;
import org.radshare.testdata.scene.Documents;
import org.radshare.testdata.scene.Negatives;
import org.radshare.testdata.scene.Radiographs;
import org.radshare.testdata.scene.Screenshots;
import org.radshare.testdata.scene.Still;
import org.radshare.testdata.scene.Ultrasound;

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
    List<CaptionCases.Case> captions = CaptionCases.generate(stills);
    FixtureWriter.json(captions, out.resolve("captions.json"));
    for (CaptionCases.Case c : captions) {
      manifest.add(entry(c.id(), "caption", "captions.json", c.description()));
    }
    FixtureWriter.json(manifest, out.resolve("manifest.json"));
    System.out.printf(
        "wrote %d images and %d captions to %s%n", stills.size(), captions.size(), out);
  }

  /** Every still, in a fixed order. */
  public static List<Still> stills() {
    return Stream.of(
            CrossSections.generate(0x5EED_0100L),
            Ultrasound.generate(0x5EED_0200L),
            Radiographs.generate(0x5EED_0300L),
            Screenshots.generate(0x5EED_0400L),
            Documents.generate(0x5EED_0500L),
            Negatives.generate(0x5EED_0600L))
        .flatMap(List::stream)
        .toList();
  }

  private static void writeStill(Path dir, Still s) throws IOException {
    FixtureWriter.png(s.image(), dir.resolve(s.id() + ".png"));
    FixtureWriter.json(s.header().toJson(), dir.resolve(s.id() + ".header.json"));
    Truth t =
        new Truth(
            s.id() + ".png", s.image().getWidth(), s.image().getHeight(), s.kind(), s.regions());
    FixtureWriter.json(t, dir.resolve(s.id() + ".truth.json"));
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
