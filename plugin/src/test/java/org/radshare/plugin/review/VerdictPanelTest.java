/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.Platform;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.plugin.Edt;

/** The justification the policy asks for keeps Post disabled until it is long enough and clean. */
class VerdictPanelTest {

  private static final JustificationRules RULES = new JustificationRules(true, 12, true, 20);

  /** Flags "john doe" like core's caption check would for a patient of that name. */
  private static List<CaptionFinding> screen(String text) {
    int at = text.toLowerCase(Locale.ROOT).indexOf("john doe");
    return at < 0 ? List.of() : List.of(new CaptionFinding(at, at + 8, "John Doe", "PatientName"));
  }

  private CompletableFuture<Void> settled;
  private Predicate<VerdictPanel> until = p -> false;
  private VerdictPanel panel;
  private ReviewModel model;

  @Test
  void reviewNeedsTheDepartmentsLengthAndNoPatientData() throws Exception {
    Edt.call(() -> setUp(Verdict.REVIEW, "pixel.unknown"));
    Edt.call(
        () -> {
          model.setReviewConfirmed(true);
          panel.show(model);
          return null;
        });
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();
    assertThat(Edt.call(this::status)).isEqualTo("12 more characters needed");

    type("Teaching", p -> status().startsWith("4 more"));
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();

    type("Seen by John Doe on the ward", p -> status().contains("patient data"));
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();

    type("Artefact checked on every slice", p -> p.canPost(model));
    ShareDraft draft = Edt.call(() -> panel.draft(model));
    assertThat(draft.reviewConfirmed()).isTrue();
    assertThat(Edt.call(panel::justification))
        .isEqualTo(new Justification("Artefact checked on every slice", false));
  }

  @Test
  void aDepartmentThatForbidsConfirmingNeverEnablesPost() throws Exception {
    Edt.call(() -> setUp(Verdict.REVIEW, "pixel.unknown"));
    Edt.call(
        () -> {
          panel.setRules(new JustificationRules(false, 0, false, 0));
          model.setReviewConfirmed(true);
          panel.show(model);
          return null;
        });
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();
    assertThat(Edt.call(this::status)).contains("does not let you confirm");
  }

  @Test
  void aBlockIsPostedOnlyWithAJustifiedOverrideTheDepartmentAllows() throws Exception {
    Edt.call(() -> setUp(Verdict.BLOCK, "pixel.phi"));
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();
    JCheckBox override = Edt.call(() -> find(JCheckBox.class, "radshare.review.override"));
    assertThat(Edt.call(override::isVisible)).isTrue();
    Edt.call(
        () -> {
          override.doClick();
          return null;
        });
    assertThat(Edt.call(this::status)).isEqualTo("20 more characters needed");

    type("Eponym flagged as a name, not a patient", p -> p.canPost(model));
    ShareDraft draft = Edt.call(() -> panel.draft(model));
    assertThat(draft.reviewConfirmed()).isFalse();
    assertThat(Edt.call(panel::justification).overridesBlock()).isTrue();
  }

  @Test
  void noOverrideWhenACheckCouldNotRunOrThePolicyForbidsIt() throws Exception {
    Edt.call(() -> setUp(Verdict.BLOCK, "check.failed"));
    assertThat(Edt.call(() -> find(JCheckBox.class, "radshare.review.override").isVisible()))
        .isFalse();
    Edt.call(() -> setUp(Verdict.BLOCK, "pixel.phi"));
    Edt.call(
        () -> {
          panel.setRules(new JustificationRules(true, 0, false, 0));
          panel.show(model);
          return null;
        });
    assertThat(Edt.call(() -> find(JCheckBox.class, "radshare.review.override").isVisible()))
        .isFalse();
    assertThat(Edt.call(() -> panel.canPost(model))).isFalse();
  }

  private Void setUp(Verdict verdict, String code) {
    model =
        new ReviewModel(
            40,
            30,
            new ScanReport(
                verdict,
                List.of(new Reason(code, verdict, "synthetic")),
                List.of(),
                List.of(),
                List.of(),
                1));
    model.setAltText("Axial CT");
    model.setAttested(true);
    model.setPlatform(Platform.OUTBOX, true);
    panel =
        new VerdictPanel(
            () -> {
              if (settled != null && until.test(panel)) {
                settled.complete(null);
              }
            },
            () -> model,
            VerdictPanelTest::screen);
    panel.setRules(RULES);
    panel.show(model);
    return null;
  }

  /** Types {@code text} as the justification and waits until {@code condition} holds. */
  private void type(String text, Predicate<VerdictPanel> condition) throws Exception {
    settled = new CompletableFuture<>();
    until = condition;
    Edt.call(
        () -> {
          find(JustificationField.class, null).setText(text);
          return null;
        });
    settled.get(10, TimeUnit.SECONDS);
  }

  private String status() {
    return find(JLabel.class, "radshare.review.justification.status").getText();
  }

  private <T> T find(Class<T> type, String name) {
    return find(panel, type, name);
  }

  private static <T> T find(java.awt.Container root, Class<T> type, String name) {
    for (java.awt.Component c : root.getComponents()) {
      if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
        return type.cast(c);
      }
      if (c instanceof java.awt.Container child) {
        T inner = find(child, type, name);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
