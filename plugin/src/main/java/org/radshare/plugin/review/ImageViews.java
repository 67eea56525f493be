/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.CardLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javax.swing.JPanel;

/**
 * The review window's image side for one to four images: a "before" canvas and an "after" pane per
 * image, stacked so that only the current image's pair shows, the strip that switches them (several
 * images only), and which "after" images are stale since their plan last changed.
 */
final class ImageViews {

  private final List<RegionCanvas> befores = new ArrayList<>();
  private final List<ImagePane> afters = new ArrayList<>();
  private final JPanel beforeCards = new JPanel(new CardLayout());
  private final JPanel afterCards = new JPanel(new CardLayout());
  private final ImageStrip strip;
  private final Set<Integer> stale = new TreeSet<>();

  /**
   * @param planChanged told which image's redactions or crop the radiologist changed
   * @param selected told which image the radiologist picked in the strip
   */
  ImageViews(List<BufferedImage> images, IntConsumer planChanged, IntConsumer selected) {
    for (int i = 0; i < images.size(); i++) {
      int index = i;
      RegionCanvas before = new RegionCanvas(images.get(i), () -> planChanged.accept(index));
      ImagePane after = new ImagePane();
      if (images.size() > 1) {
        before.setName(before.getName() + "." + (i + 1));
        after.setName(after.getName() + "." + (i + 1));
      }
      befores.add(before);
      afters.add(after);
      beforeCards.add(before, String.valueOf(i));
      afterCards.add(after, String.valueOf(i));
    }
    strip = new ImageStrip(images, selected);
  }

  boolean several() {
    return befores.size() > 1;
  }

  JPanel before() {
    return beforeCards;
  }

  JPanel after() {
    return afterCards;
  }

  ImageStrip strip() {
    return strip;
  }

  /** The checks are done: each canvas paints its image's plan; every preview is stale. */
  void setPlans(ReviewSet set) {
    for (int i = 0; i < befores.size(); i++) {
      befores.get(i).setPlan(set.image(i).plan());
      stale.add(i);
    }
  }

  void show(int index) {
    ((CardLayout) beforeCards.getLayout()).show(beforeCards, String.valueOf(index));
    ((CardLayout) afterCards.getLayout()).show(afterCards, String.valueOf(index));
  }

  /** The verdict of each image changed: the strip shows it. */
  void showVerdicts(ReviewSet set) {
    if (several()) {
      strip.show(set);
    }
  }

  void setCropMode(boolean on) {
    befores.forEach(b -> b.setCropMode(on));
  }

  void repaintBefore(int index) {
    befores.get(index).repaint();
  }

  void setEnabled(boolean on) {
    befores.forEach(b -> b.setEnabled(on));
    strip.setEnabled(on);
  }

  void markStale(int index) {
    stale.add(index);
  }

  /** The images whose "after" preview is out of date, in order. */
  List<Integer> stale() {
    return List.copyOf(stale);
  }

  /** The previews of {@code images} (as listed by {@link #stale()}) are ready. */
  void previewed(List<Integer> images, List<BufferedImage> previews) {
    for (int k = 0; k < images.size(); k++) {
      afters.get(images.get(k)).setImage(previews.get(k));
    }
    stale.removeAll(images);
  }
}
