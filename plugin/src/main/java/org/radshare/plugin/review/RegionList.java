/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Dimension;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.pixel.TextRegion;
import org.radshare.core.review.RedactionPlan;
import org.radshare.plugin.Messages;

/**
 * The list beside the image: one tick box per region, numbered like its marker, saying why it was
 * flagged (which header attribute or pattern it matched, or text that could not be read); ticked
 * means blacked out. Space toggles the focused entry, so every region can be checked and toggled
 * without a mouse; the focused entry is outlined on the image. Boxes the radiologist drew are
 * listed too, and unticking one removes it.
 */
final class RegionList extends JPanel {

  private static final long serialVersionUID = 1L;

  private final RegionCanvas canvas;
  private final transient Runnable changed;
  private final FormPanel entries =
      new FormPanel(new MigLayout("insets 0, wrap 1, gapy 0", "[grow,fill]"));
  private final JLabel count = new JLabel(" ");
  private final List<JCheckBox> boxes = new ArrayList<>();
  private transient RedactionPlan plan;

  RegionList(RegionCanvas canvas, Runnable changed) {
    super(new MigLayout("insets 0, wrap 1", "[grow,fill]", "[][][grow,fill]"));
    this.canvas = canvas;
    this.changed = changed;
    setName("radshare.review.regions");
    entries.setName("radshare.review.regions.entries");
    JScrollPane scroll = entries.scroller();
    JLabel title = ReviewKeys.label("review.regions", entries);
    title.putClientProperty("FlatLaf.styleClass", "h4");
    count.setName("radshare.review.regions.count");
    add(title);
    add(count, "wmin 0");
    add(scroll, "wmin 0");
    setMinimumSize(new Dimension(180, 100));
    setPreferredSize(new Dimension(230, 200));
  }

  /** The checks are done: list this plan's regions. */
  void setPlan(RedactionPlan plan) {
    this.plan = plan;
    refresh();
  }

  /** Rebuilds the entries from the plan (after a click on the image, a box drawn, a toggle). */
  void refresh() {
    if (plan == null) {
      return;
    }
    List<TextRegion> regions = plan.regions();
    int focused = -1;
    for (int i = 0; i < boxes.size(); i++) {
      if (boxes.get(i).isFocusOwner()) {
        focused = i;
      }
    }
    int needed = regions.size() + plan.manualBoxes().size();
    if (needed != boxes.size()) {
      entries.removeAll();
      boxes.clear();
      for (int i = 0; i < needed; i++) {
        JCheckBox b = entry(i);
        boxes.add(b);
        entries.add(b, "wmin 0");
      }
      entries.revalidate();
    }
    for (int i = 0; i < regions.size(); i++) {
      TextRegion r = regions.get(i);
      JCheckBox b = boxes.get(i);
      b.setText(Messages.format("review.regions.entry", i + 1, Reasons.what(r)));
      b.setForeground(RegionCanvas.color(r.classification()));
      b.setSelected(plan.isRedacted(i));
      b.setToolTipText(RegionCanvas.tooltip(plan, i));
    }
    for (int k = 0; k < plan.manualBoxes().size(); k++) {
      JCheckBox b = boxes.get(regions.size() + k);
      b.setText(Messages.format("review.regions.manual", regions.size() + k + 1));
      b.setForeground(RegionCanvas.MANUAL);
      b.setSelected(true);
    }
    count.setText(Messages.format("review.regions.count", regions.size()));
    if (focused >= 0 && focused < boxes.size()) {
      boxes.get(focused).requestFocusInWindow();
    }
    entries.repaint();
  }

  @Override
  public void setEnabled(boolean on) {
    super.setEnabled(on);
    boxes.forEach(b -> b.setEnabled(on));
  }

  private JCheckBox entry(int i) {
    JCheckBox b = new JCheckBox();
    b.setName("radshare.review.region." + (i + 1));
    b.addActionListener(e -> toggled(i));
    b.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusGained(FocusEvent e) {
            canvas.highlight(i < plan.regions().size() ? i : -1);
            b.scrollRectToVisible(new java.awt.Rectangle(0, 0, b.getWidth(), b.getHeight()));
          }

          @Override
          public void focusLost(FocusEvent e) {
            canvas.highlight(-1);
          }
        });
    b.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseEntered(MouseEvent e) {
            canvas.highlight(i < plan.regions().size() ? i : -1);
          }

          @Override
          public void mouseExited(MouseEvent e) {
            if (!b.isFocusOwner()) {
              canvas.highlight(-1);
            }
          }
        });
    return b;
  }

  private void toggled(int i) {
    int regions = plan.regions().size();
    if (i < regions) {
      plan.toggle(i);
    } else {
      plan.removeManualBox(i - regions);
    }
    canvas.repaint();
    changed.run();
    refresh();
  }
}
