/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.Platform;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.PublishRequest;
import org.radshare.core.share.ShareInput;
import org.radshare.plugin.review.Justification;

/** The justification typed in the review window reaches the right answer of core's request. */
class RequestsTest {

  private static final PublishRequest BASE =
      PublishRequest.of(
          new ShareInput(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), Optional.empty(), ""),
          "Axial CT",
          "");

  private static ShareDraft draft(boolean confirmed) {
    return new ShareDraft(
        "text",
        "caption",
        List.of("#MedEd"),
        "Axial CT",
        "CW",
        List.of(Platform.OUTBOX),
        confirmed);
  }

  @Test
  void aConfirmedReviewCarriesItsJustification() {
    PublishRequest r =
        BASE.withAnswers(
            Requests.answers(draft(true), new Justification("  Checked every slice  ", false)));
    assertThat(r.answers().reviewConfirmed()).isTrue();
    assertThat(r.answers().reviewJustification()).isEqualTo("Checked every slice");
    assertThat(r.answers().overrideJustification()).isEmpty();
    assertThat(r.answers().hashtags()).containsExactly("#MedEd");
    assertThat(r.answers().contentWarning()).contains("CW");
  }

  @Test
  void anOverrideGoesToTheOverrideFieldAndConfirmsNothing() {
    PublishRequest r =
        BASE.withAnswers(
            Requests.answers(draft(false), new Justification("Eponym, not a patient", true)));
    assertThat(r.answers().reviewConfirmed()).isFalse();
    assertThat(r.answers().overrideJustification()).contains("Eponym, not a patient");
    assertThat(r.altText()).isEqualTo("Axial CT");
  }

  @Test
  void anUnconfirmedDraftConfirmsNothing() {
    PublishRequest r = BASE.withAnswers(Requests.answers(draft(false), Justification.NONE));
    assertThat(r.answers().reviewConfirmed()).isFalse();
    assertThat(r.answers().overrideJustification()).isEmpty();
  }
}
