/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radshare.testdata.caption.CaptionCases;
import org.radshare.testdata.caption.HardCaptions;
import org.radshare.testdata.cine.CineFixtures;
import org.radshare.testdata.cine.Clip;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.FixtureWriter;
import org.radshare.testdata.render.Ink;
import org.radshare.testdata.render.Region;
import org.radshare.testdata.scene.Still;
import org.radshare.testdata.scene.Ultrasound;

/** The committed fixtures are what the generator makes, and the generator is deterministic. */
class GeneratorTest {

  private static List<Still> stills;

  @BeforeAll
  static void generate() {
    System.setProperty("java.awt.headless", "true");
    stills = GenerateFixtures.stills();
  }

  @Test
  void committedHeadersAndCaptionsAreExactlyWhatTheGeneratorWrites() throws IOException {
    assertThat(stills.stream().map(Still::id).sorted().toList()).isEqualTo(Fixtures.imageIds());
    for (Still s : stills) {
      String committed = Files.readString(Fixtures.IMAGES.resolve(s.id() + ".header.json"));
      assertThat(FixtureWriter.jsonText(s.header().toJson())).as(s.id()).isEqualTo(committed);
    }
    String captions = Files.readString(Fixtures.ROOT.resolve("captions.json"));
    assertThat(FixtureWriter.jsonText(CaptionCases.generate(stills))).isEqualTo(captions);
    String hard = Files.readString(Fixtures.ROOT.resolve("captions-hard.json"));
    assertThat(FixtureWriter.jsonText(HardCaptions.generate(stills, HardCaptions.SEED)))
        .isEqualTo(hard);
  }

  @Test
  void committedClipHeadersAndTextsAreExactlyWhatTheGeneratorMakes() throws IOException {
    List<Clip> clips = CineFixtures.generate(0x5EED_0700L);
    assertThat(clips.stream().map(Clip::id).toList()).isEqualTo(Fixtures.clipIds());
    for (Clip c : clips) {
      String committed = Files.readString(Fixtures.CINE.resolve(c.id() + ".header.json"));
      assertThat(FixtureWriter.jsonText(c.header().toJson())).as(c.id()).isEqualTo(committed);
      var frames = Fixtures.read(Fixtures.CINE.resolve(c.id() + ".truth.json")).path("frames");
      for (int i = 0; i < c.regions().size(); i++) {
        List<String> texts = c.regions().get(i).stream().map(Region::text).toList();
        List<String> got = new java.util.ArrayList<>();
        frames.get(i).path("regions").forEach(r -> got.add(r.path("text").asText()));
        assertThat(texts).as(c.id() + "#" + i).isEqualTo(got);
      }
    }
  }

  @Test
  void committedTruthTextsAreExactlyWhatTheGeneratorDraws() {
    // Boxes depend on the fonts installed; the strings and their labels do not.
    for (Still s : stills) {
      List<String> texts =
          s.regions().stream().map(r -> r.text() + "|" + r.phi() + "|" + r.category()).toList();
      List<String> committed = new java.util.ArrayList<>();
      for (var r : Fixtures.truth(s.id()).path("regions")) {
        committed.add(
            r.path("text").asText()
                + "|"
                + r.path("phi").asBoolean()
                + "|"
                + (r.path("category").isNull() ? null : r.path("category").asText()));
      }
      assertThat(texts).as(s.id()).isEqualTo(committed);
    }
  }

  @Test
  void generationIsDeterministic() {
    List<Still> again = Ultrasound.generate(0x5EED_0200L);
    List<String> ids = again.stream().map(Still::id).toList();
    List<Still> first = stills.stream().filter(s -> ids.contains(s.id())).toList();
    assertThat(again).hasSameSizeAs(first);
    for (int i = 0; i < again.size(); i++) {
      assertThat(pixels(again.get(i).image())).isEqualTo(pixels(first.get(i).image()));
      assertThat(again.get(i).regions()).isEqualTo(first.get(i).regions());
    }
  }

  @Test
  void aTruthBoxIsTheTightBoundOfTheGlyphPixels() {
    BufferedImage img = new BufferedImage(220, 80, BufferedImage.TYPE_INT_RGB);
    Canvas c = new Canvas(img);
    Region r =
        c.phi(
            "Hgjy ÅÜ", "PatientName", new Ink("Serif", Font.PLAIN, 19, Color.WHITE, true), 30, 50);
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertThat(r)
        .isEqualTo(
            new Region(
                minX, minY, maxX - minX + 1, maxY - minY + 1, "Hgjy ÅÜ", true, "PatientName"));
  }

  private static int[] pixels(BufferedImage img) {
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }
}
