/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDraft;
import org.radshare.plugin.Messages;

/**
 * The verdict in words and colour, every reason for it, the explicit confirmation a REVIEW verdict
 * needs with the justification the department may demand (or the override of a BLOCK where it
 * allows one), and what still keeps Post disabled. Post is allowed only when both the model and the
 * justification allow it ({@link #canPost}).
 */
final class VerdictPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JLabel verdict = new JLabel();
  private final JLabel nextStep = new JLabel(" ");
  private final JLabel reasons = new JLabel();
  private final JLabel blockers = new JLabel();
  private final JCheckBox confirm = new JCheckBox();
  private final JustificationField justification;
  private int textWidth;

  /**
   * @param screen checks typed justification text for identifiers (off the event thread)
   */
  VerdictPanel(Runnable confirmed, ReviewModelHolder holder, CaptionEditor.Checker screen) {
    super(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow,fill]"));
    verdict.setName("radshare.review.verdict");
    verdict.putClientProperty("FlatLaf.styleClass", "h3");
    ReviewKeys.text(confirm, "review.confirmReview");
    confirm.setName("radshare.review.confirm");
    reasons.setName("radshare.review.reasons");
    confirm.addActionListener(
        e -> {
          holder.model().setReviewConfirmed(confirm.isSelected());
          confirmed.run();
        });
    blockers.setName("radshare.review.blockers");
    justification = new JustificationField(screen, confirmed);
    add(reasons);
    add(confirm);
    add(justification);
    add(blockers);
  }

  /** The verdict in one line, for the window's fixed footer (not part of this panel). */
  JLabel headline() {
    return verdict;
  }

  /** The one thing to do next (or "ready"), for the window's fixed footer. */
  JLabel nextStep() {
    return nextStep;
  }

  /** Names what the REVIEW confirmation covers: {@code regions} flagged regions and the caption. */
  void setCheckedRegions(int regions) {
    ReviewKeys.marked(confirm, Messages.format("review.confirmReview.count", regions));
  }

  /** The department's justification rules, once the policy has been read. */
  void setRules(JustificationRules rules) {
    justification.setRules(rules);
  }

  /** Whether {@code model} may be posted with the justification as typed. */
  boolean canPost(ReviewModel model) {
    return blockers(model).isEmpty() && justification.satisfied();
  }

  /** The approved share; a justified override of a BLOCK is the only way past that verdict. */
  ShareDraft draft(ReviewModel model) {
    if (!justification.overriding()) {
      return model.draft();
    }
    if (!canPost(model)) {
      throw new IllegalStateException("cannot post yet: " + blockers(model));
    }
    return new ShareDraft(
        model.postText(),
        model.caption().strip(),
        model.hashtags(),
        model.altText().strip(),
        model.contentWarning().strip(),
        List.copyOf(model.platforms()),
        false);
  }

  /** The justification for the publish request. */
  Justification justification() {
    return justification.justification();
  }

  /** Stops the justification's screening (the window is closing). */
  void stop() {
    justification.stop();
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    confirm.setEnabled(on);
    justification.setEnabled(on);
  }

  /** The model's blockers, less the BLOCK verdict while the radiologist overrides it. */
  private Set<PostBlocker> blockers(ReviewModel model) {
    Set<PostBlocker> open = EnumSet.noneOf(PostBlocker.class);
    open.addAll(model.blockers());
    if (justification.overriding()) { // the audited override is also the attestation
      open.remove(PostBlocker.VERDICT_BLOCKED);
      open.remove(PostBlocker.NOT_ATTESTED);
    }
    return open;
  }

  /** A BLOCK may be overridden only for findings: never when a check could not run. */
  private static boolean overridable(ReviewModel model) {
    return model.reasons().stream().noneMatch(r -> r.code().equals("check.failed"));
  }

  /** Gives the panel access to the model once the scan is done. */
  interface ReviewModelHolder {
    ReviewModel model();
  }

  void showChecking() {
    verdict.setText(Messages.getString("review.checking"));
    nextStep.setText(Messages.getString("review.checking.next"));
    verdict.setForeground(RegionCanvas.UNKNOWN);
    confirm.setVisible(false);
    justification.show(Verdict.PASS, false);
  }

  void showFailure(String message) {
    verdict.setText(Messages.getString("verdict.BLOCK"));
    verdict.setForeground(RegionCanvas.PHI);
    reasons.setText(html(message));
    nextStep.setText(oneLine(message));
    confirm.setVisible(false);
    justification.show(Verdict.PASS, false);
  }

  void show(ReviewModel model) {
    Verdict v = model.verdict();
    verdict.setText(Messages.getString("verdict." + v.name()));
    verdict.setForeground(
        switch (v) {
          case PASS -> RegionCanvas.BENIGN;
          case REVIEW -> RegionCanvas.UNKNOWN;
          case BLOCK -> RegionCanvas.PHI;
        });
    List<String> said = Reasons.describe(model);
    reasons.setText(
        html(said.stream().map(r -> "\u2022 " + r).collect(Collectors.joining("<br>"))));
    confirm.setVisible(v == Verdict.REVIEW);
    confirm.setSelected(model.isReviewConfirmed());
    justification.show(v, overridable(model));
    Set<PostBlocker> open = blockers(model);
    String ready = Messages.getString(v == Verdict.PASS ? "review.ready.pass" : "review.ready");
    blockers.setText(
        open.isEmpty() && justification.satisfied()
            ? html(ready)
            : open.isEmpty()
                ? Messages.getString("review.justification.needed")
                : html(
                    open.stream()
                        .filter(b -> b != PostBlocker.VERDICT_BLOCKED || said.isEmpty())
                        .filter(b -> b != PostBlocker.NOT_ATTESTED || attestable(v, open))
                        .map(b -> "\u2022 " + blockerText(b, said))
                        .collect(Collectors.joining("<br>"))));
    nextStep.setText(
        open.isEmpty()
            ? (justification.satisfied()
                ? ready
                : Messages.getString("review.justification.needed"))
            : oneLine(blockerText(open.iterator().next(), said)));
    nextStep.setForeground(
        open.isEmpty() && justification.satisfied()
            ? RegionCanvas.BENIGN
            : javax.swing.UIManager.getColor("Label.foreground"));
  }

  /**
   * Whether "tick the confirmation" is worth saying: not under BLOCK (nothing to tick unless
   * overriding, which attests) nor beside the REVIEW confirmation (the same tick).
   */
  private static boolean attestable(Verdict v, Set<PostBlocker> open) {
    return v != Verdict.BLOCK && !open.contains(PostBlocker.REVIEW_NOT_CONFIRMED);
  }

  /** A blocker in words; a BLOCK verdict names its first (most serious) reason. */
  private static String blockerText(PostBlocker b, List<String> reasons) {
    if (b == PostBlocker.VERDICT_BLOCKED && !reasons.isEmpty()) {
      return reasons.get(0);
    }
    return Messages.getString("blocker." + b.name());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Wraps the reasons and blockers at {@code pixels} (0: one line each, as wide as they are), for
   * windows narrower than the reasons are long.
   */
  void setTextWidth(int pixels) {
    textWidth = pixels;
  }

  private String html(String text) {
    return (textWidth > 0 ? "<html><body style='width:" + textWidth + "px'>" : "<html>")
        + text.replace("&", "&amp;")
            .replace("<br>", "\n")
            .replace("<", "&lt;")
            .replace("\n", "<br>")
        + "</html>";
  }
}
