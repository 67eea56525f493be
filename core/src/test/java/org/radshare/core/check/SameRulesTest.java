/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipService;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.policy.Reason;
import org.radshare.core.share.CheckedShare;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/**
 * A still, a layout post (two images) and a clip go through the same rules ({@link CheckRules}):
 * the same rule fires for each, and neither service keeps a rule of its own.
 */
class SameRulesTest {
  private static final PixelScanner PIXELS = new PixelScanner();

  @Test
  void aFaintNameInThePixelsBlocksAStillEachImageOfALayoutAndAClip() {
    BufferedImage faint = LeakScenes.faintRgb().image();
    BufferedImage plain = LeakScenes.rgb(800, 600, Color.BLACK);
    Optional<Dataset> header = LeakScenes.header();
    ShareService stills = new ShareService(PIXELS);

    CheckedShare still = stills.check(new ShareInput(faint, header, "Classic."));
    CheckedShare first = stills.check(new ShareInput(plain, header, ""), List.of(header.get()));
    CheckedShare second = stills.check(new ShareInput(faint, header, ""), List.of(header.get()));
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      frames.add(i == 3 ? faint : plain);
    }
    CheckedClip clip =
        new ClipService(PIXELS)
            .check(new ClipInput(FrameSet.atFps(frames, 10), header, "Classic."));

    // The first pass finds and redacts the faint name everywhere: the same redaction rule fires.
    assertThat(codes(still.report().reasons())).contains("pixel.phi-redacted");
    assertThat(codes(second.report().reasons())).contains("pixel.phi-redacted");
    assertThat(codes(first.report().reasons())).doesNotContain("pixel.phi-redacted");
    assertThat(codes(clip.report().reasons())).contains("pixel.phi-redacted");
  }

  @Test
  void aNameFromTheLayoutsOtherHeaderBlocksTheCaptionOfStillLayoutAndClip() {
    Optional<Dataset> header = LeakScenes.header();
    BufferedImage plain = LeakScenes.rgb(200, 200, Color.BLACK);
    String caption = "Scan of Jane Doe";
    ShareService stills = new ShareService(PIXELS);

    CheckedShare still = stills.check(new ShareInput(plain, header, caption));
    CheckedShare layout =
        stills.check(
            new ShareInput(plain, Optional.of(Dataset.empty()), caption), List.of(header.get()));
    CheckedClip clip =
        new ClipService(PIXELS)
            .check(new ClipInput(FrameSet.atFps(List.of(plain, plain), 10), header, caption));

    assertThat(codes(still.report().reasons())).contains("caption.phi");
    assertThat(codes(layout.report().reasons())).contains("caption.phi");
    assertThat(codes(clip.report().reasons())).contains("caption.phi");
  }

  @Test
  void neitherServiceKeepsASafetyRuleOfItsOwn() {
    JavaClasses core = new ClassFileImporter().importPackages("org.radshare.core");
    noClasses()
        .that()
        .haveSimpleName("ShareService")
        .or()
        .haveSimpleName("ClipService")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.radshare.core.caption.CaptionScanner")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.radshare.core.dicom.HeaderRisk")
        .orShould()
        .callConstructorWhere(
            com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                        org.radshare.core.policy.Finding.class))))
        .check(core);
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }
}
