/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.policy.Verdict;
import org.radshare.plugin.Messages;

/**
 * The justification the department may demand beside the REVIEW confirmation, and the opt-in
 * override of a BLOCK where the department allows one. The text is screened for identifiers like a
 * caption (same editor, same live highlighting), and the minimum length from the policy is counted
 * down live. It is satisfied only when the text is long enough and screened clean as it is now.
 */
final class JustificationField extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JCheckBox override = new JCheckBox(Messages.getString("review.override"));
  private final CaptionEditor text;
  private final JLabel status = new JLabel(" ");
  private final transient Runnable changed;
  private transient JustificationRules rules = JustificationRules.NONE;
  private Verdict verdict = Verdict.PASS;
  private boolean overridable;
  private String screened;
  private boolean clean;
  private boolean screenFailed;

  JustificationField(CaptionEditor.Checker screen, Runnable changed) {
    super(new MigLayout("insets 0, wrap 2, hidemode 3", "[right][grow,fill]"));
    this.changed = changed;
    this.text = new CaptionEditor(screen, new Screening());
    text.setRows(2);
    text.setName("radshare.review.justification");
    override.setName("radshare.review.override");
    status.setName("radshare.review.justification.status");
    override.addActionListener(e -> update());
    add(override, "span");
    add(new JLabel(Messages.getString("review.justification")), "top");
    add(new JScrollPane(text));
    add(status, "skip");
    setVisible(false);
  }

  /** The department's rules (known once the policy has been read). */
  void setRules(JustificationRules rules) {
    this.rules = rules;
    update();
  }

  /**
   * Shows the field for {@code verdict}: for REVIEW always, for BLOCK only when it may be
   * overridden ({@code overridable}: the department allows it and every check could run).
   */
  void show(Verdict verdict, boolean overridable) {
    this.verdict = verdict;
    this.overridable = overridable && rules.overrideAllowed();
    if (!this.overridable) {
      override.setSelected(false);
    }
    refreshView();
  }

  /** The radiologist chose to override a BLOCK the department lets them override. */
  boolean overriding() {
    return verdict == Verdict.BLOCK && overridable && override.isSelected();
  }

  /** Whether the justification lets the share through the department's gate for the verdict. */
  boolean satisfied() {
    return switch (verdict) {
      case PASS -> true;
      case REVIEW -> rules.reviewMayConfirm() && longEnough() && screenedClean();
      case BLOCK -> overriding() && longEnough() && screenedClean();
    };
  }

  /** What goes into the publish request. */
  Justification justification() {
    return switch (verdict) {
      case PASS -> Justification.NONE;
      case REVIEW -> new Justification(text.getText(), false);
      case BLOCK -> overriding() ? new Justification(text.getText(), true) : Justification.NONE;
    };
  }

  /** Sets the text (as typing would); for tools and tests. */
  void setText(String value) {
    text.setText(value);
  }

  /** Stops pending screening (the window is closing). */
  void stop() {
    text.stop();
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    text.setEnabled(on);
    override.setEnabled(on);
  }

  private int missing() {
    return rules.minLength(verdict) - text.getText().strip().length();
  }

  private boolean longEnough() {
    return missing() <= 0;
  }

  private boolean screenedClean() {
    String now = text.getText();
    return now.isBlank() || (now.equals(screened) && clean);
  }

  private void update() {
    refreshView();
    changed.run();
  }

  private void refreshView() {
    boolean shown = verdict == Verdict.REVIEW || (verdict == Verdict.BLOCK && overridable);
    setVisible(shown);
    override.setVisible(verdict == Verdict.BLOCK && overridable);
    boolean typing = verdict == Verdict.REVIEW || overriding();
    text.setEnabled(isEnabled() && typing);
    status.setText(typing ? statusText() : " ");
    status.setForeground(
        typing && !satisfied()
            ? RegionCanvas.UNKNOWN
            : javax.swing.UIManager.getColor("Label.foreground"));
  }

  private String statusText() {
    if (verdict == Verdict.REVIEW && !rules.reviewMayConfirm()) {
      return Messages.getString("review.justification.notAllowed");
    }
    String now = text.getText();
    if (!now.isBlank() && now.equals(screened) && !clean) {
      return Messages.getString("review.justification.phi");
    }
    if (missing() > 0) {
      return Messages.format("review.justification.missing", missing());
    }
    if (!screenedClean()) {
      return Messages.getString(
          screenFailed ? "review.justification.checkFailed" : "review.justification.checking");
    }
    return Messages.getString("review.justification.ok");
  }

  /** Screening results, accepted only for the text they were computed for. */
  private final class Screening implements CaptionEditor.Listener {
    @Override
    public void edited(String typed) {
      screenFailed = false;
      update();
    }

    @Override
    public boolean checked(String typed, List<CaptionFinding> findings) {
      if (!text.getText().equals(typed)) {
        return false;
      }
      screened = typed;
      clean = findings.isEmpty();
      screenFailed = false;
      update();
      return true;
    }

    @Override
    public void failed(Exception e) {
      screened = null;
      clean = false;
      screenFailed = true;
      update();
    }
  }
}
