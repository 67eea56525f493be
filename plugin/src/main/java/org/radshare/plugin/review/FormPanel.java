/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.beans.PropertyChangeListener;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * A review window's form (caption, alt text, platforms, preview, verdict reasons) in a scroll pane
 * that is as wide as its column and scrolls only up and down, so a short screen never pushes
 * anything out of reach.
 */
class FormPanel extends JPanel implements Scrollable {

  private static final long serialVersionUID = 1L;

  private transient PropertyChangeListener follow;

  FormPanel(MigLayout layout) {
    super(layout);
    setName("radshare.review.form");
  }

  /** Scrolls the form to whichever of its fields gets the keyboard focus, while it is shown. */
  void focusFollows() {
    follow =
        e -> {
          if (e.getNewValue() instanceof JComponent c && SwingUtilities.isDescendingFrom(c, this)) {
            scrollRectToVisible(
                SwingUtilities.convertRectangle(
                    c, new Rectangle(0, 0, c.getWidth(), c.getHeight()), this));
          }
        };
  }

  @Override
  public void addNotify() {
    super.addNotify();
    if (follow != null) {
      KeyboardFocusManager.getCurrentKeyboardFocusManager()
          .addPropertyChangeListener("focusOwner", follow);
    }
  }

  @Override
  public void removeNotify() {
    if (follow != null) {
      KeyboardFocusManager.getCurrentKeyboardFocusManager()
          .removePropertyChangeListener("focusOwner", follow);
    }
    super.removeNotify();
  }

  /** This form in a vertical-only scroll pane. */
  JScrollPane scroller() {
    JScrollPane s =
        new JScrollPane(
            this, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    s.setBorder(null);
    s.setName("radshare.review.formScroll");
    s.getVerticalScrollBar().setUnitIncrement(16);
    return s;
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int dir) {
    return 16;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int dir) {
    return visible.height;
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return false;
  }
}
