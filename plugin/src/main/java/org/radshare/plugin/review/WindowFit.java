/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.prefs.Preferences;

/**
 * Sizes a review window to the screen it opens on: the size the radiologist last left it at (kept
 * per user in {@link Preferences}), else a generous share of the usable screen, never larger than
 * the screen minus its task bars. The window's footer (Post, Cancel, verdict) is fixed and its form
 * scrolls, so any size that fits the screen keeps Post reachable.
 */
final class WindowFit {

  /** The share of the usable screen a new window takes when nothing was remembered. */
  static final double DEFAULT_SHARE = 0.85;

  private static final String NODE = "org/radshare/plugin/review";

  private WindowFit() {}

  /** The screen area windows may use (the bounds less task bars and docks). */
  static Rectangle usable(Window w) {
    GraphicsConfiguration gc = w.getGraphicsConfiguration();
    Rectangle b = gc.getBounds();
    Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
    return new Rectangle(
        b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
  }

  /**
   * Sizes and centres {@code w} on its screen: the remembered size for {@code key}, else the larger
   * of its preferred size and {@link #DEFAULT_SHARE} of the screen, clamped to the screen.
   */
  static void fit(Window w, String key) {
    Rectangle screen = usable(w);
    Dimension pref = w.getPreferredSize();
    int width = (int) Math.max(pref.width, screen.width * DEFAULT_SHARE);
    int height = (int) Math.max(pref.height, screen.height * DEFAULT_SHARE);
    Preferences p = node();
    if (p != null) {
      width = p.getInt(key + ".width", width);
      height = p.getInt(key + ".height", height);
    }
    Dimension min = w.getMinimumSize();
    width = Math.max(Math.min(width, screen.width), Math.min(min.width, screen.width));
    height = Math.max(Math.min(height, screen.height), Math.min(min.height, screen.height));
    w.setSize(Math.min(width, screen.width), Math.min(height, screen.height));
    w.setLocation(
        screen.x + (screen.width - w.getWidth()) / 2,
        screen.y + (screen.height - w.getHeight()) / 2);
    w.validate();
  }

  /** Remembers the window's size for {@code key} when it closes. */
  static void rememberOnClose(Window w, String key) {
    w.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            Preferences p = node();
            if (p != null && w.getWidth() > 0 && w.getHeight() > 0) {
              p.putInt(key + ".width", w.getWidth());
              p.putInt(key + ".height", w.getHeight());
            }
          }
        });
  }

  /**
   * The user's preferences node, or null where preferences cannot be used (then nothing sticks).
   */
  private static Preferences node() {
    try {
      return Preferences.userRoot().node(NODE);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
