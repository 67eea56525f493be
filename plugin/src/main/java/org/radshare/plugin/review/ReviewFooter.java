/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The review window's fixed footer, always on screen whatever the window's size: the verdict in one
 * line, the next thing to do, progress and status of running work, Cancel and Post. Everything
 * above it may scroll; this never does.
 */
final class ReviewFooter extends JPanel {

  private static final long serialVersionUID = 1L;

  ReviewFooter(
      JLabel headline,
      JLabel nextStep,
      JLabel status,
      JProgressBar progress,
      JButton cancel,
      JButton post) {
    super(new MigLayout("insets 6 10 8 10, hidemode 3", "[grow,fill]8[]8[]8[]", "[][]"));
    setName("radshare.review.footer");
    setBorder(
        BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")));
    nextStep.setName("radshare.review.nextStep");
    status.setName("radshare.review.status");
    add(headline, "wmin 0");
    add(progress, "w 120!, spany 2, aligny center");
    add(cancel, "spany 2, aligny center, sg buttons");
    add(post, "spany 2, aligny center, sg buttons, wrap");
    JPanel lines = new JPanel(new MigLayout("insets 0, gap 12", "[grow 0, shrink 50][grow,fill]"));
    lines.add(nextStep, "wmin 0");
    lines.add(status, "wmin 0");
    add(lines, "wmin 0");
  }
}
