/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.pixel.Box;

/** The adapter over core: the header's patient is found in captions, boxes are filled. */
class CoreReviewBackendTest {

  private static final String HEADER =
      "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]},"
          + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"8377162\"]}}";

  private final CoreReviewBackend backend = new CoreReviewBackend();

  @Test
  void flagsThePatientNamedInTheHeader() throws Exception {
    List<CaptionFinding> findings = backend.scanCaption(HEADER, "Great case, thanks John Doe");
    assertThat(findings).extracting(CaptionFinding::text).contains("John Doe");
    assertThat(backend.scanCaption(HEADER, "Classic pneumothorax")).isEmpty();
  }

  @Test
  void fillsTheChosenBoxes() {
    BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, 0xFFFFFF);
    BufferedImage out = backend.redact(image, List.of(new Box(5, 5, 10, 10)));
    assertThat(out.getRGB(10, 10) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
  }

  @Test
  void anUnreadableHeaderIsAnErrorNotAnEmptyLexicon() {
    assertThatThrownBy(() -> backend.scanCaption("{not json", "John Doe"))
        .isInstanceOf(DicomJsonException.class);
  }

  @Test
  void withoutSettingsNothingIsPosted() {
    assertThatThrownBy(() -> backend.post(new BufferedImage(1, 1, 1), HEADER, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing was posted");
  }
}
