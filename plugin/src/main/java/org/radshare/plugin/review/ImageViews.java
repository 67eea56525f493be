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
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * The review window's image side for one to four images: per image, the capture with its numbered
 * regions and the list of those regions beside it, stacked so that only the current image shows;
 * above them the zoom buttons, "show as posted" and the crop; the strip that switches images
 * (several images only); and which "as posted" images are stale since their plan last changed.
 */
final class ImageViews {

  private final List<RegionCanvas> canvases = new ArrayList<>();
  private final List<RegionList> lists = new ArrayList<>();
  private final List<BufferedImage> posted = new ArrayList<>();
  private final JPanel cards = new JPanel(new CardLayout());
  private final JPanel panel;
  private final ImageStrip strip;
  private final Set<Integer> stale = new TreeSet<>();
  private final JToggleButton asPosted = ReviewKeys.text(new JToggleButton(), "review.asPosted");
  private final JToggleButton crop = ReviewKeys.text(new JToggleButton(), "review.crop");
  private final JButton clearCrop = ReviewKeys.text(new JButton(), "review.clearCrop");
  private final List<JButton> zooms = new ArrayList<>();
  private int current;

  /**
   * @param planChanged told which image's redactions or crop the radiologist changed
   * @param selected told which image the radiologist picked in the strip
   * @param clearCropOf resets the crop of the image given
   */
  ImageViews(
      List<BufferedImage> images,
      IntConsumer planChanged,
      IntConsumer selected,
      IntConsumer clearCropOf) {
    for (int i = 0; i < images.size(); i++) {
      int index = i;
      RegionCanvas canvas =
          new RegionCanvas(
              images.get(i),
              () -> {
                lists.get(index).refresh();
                planChanged.accept(index);
              });
      RegionList list = new RegionList(canvas, () -> planChanged.accept(index));
      if (images.size() > 1) {
        canvas.setName(canvas.getName() + "." + (i + 1));
      }
      canvases.add(canvas);
      lists.add(list);
      posted.add(null);
      JPanel pair =
          new JPanel(new MigLayout("insets 0", "[grow,fill]8[220:240:320,fill]", "[grow,fill]"));
      pair.add(canvas, "wmin 200, hmin 160");
      pair.add(list);
      cards.add(pair, String.valueOf(i));
    }
    strip = new ImageStrip(images, selected);
    asPosted.setName("radshare.review.asPosted");
    asPosted.setToolTipText(
        ReviewKeys.Mnemonic.of(org.radshare.plugin.Messages.getString("review.asPosted.tooltip"))
            .text());
    asPosted.addActionListener(e -> showPosted(asPosted.isSelected()));
    crop.setName("radshare.review.crop");
    crop.addActionListener(e -> canvases.forEach(c -> c.setCropMode(crop.isSelected())));
    clearCrop.setName("radshare.review.clearCrop");
    clearCrop.addActionListener(e -> clearCropOf.accept(current));
    JPanel tools = new JPanel(new MigLayout("insets 0, gap 4", "[][][]12[]12[][][grow]"));
    zoomButton(tools, "review.zoom.fit", "fit", 0);
    zoomButton(tools, "review.zoom.100", "100", 1);
    zoomButton(tools, "review.zoom.200", "200", 2);
    tools.add(asPosted);
    tools.add(crop);
    tools.add(clearCrop);
    tools.add(new JLabel(org.radshare.plugin.Messages.getString("review.zoom.hint")), "wmin 0");
    panel =
        new JPanel(
            new MigLayout(
                "insets 0, wrap 1",
                "[grow,fill]",
                images.size() > 1 ? "[][][grow,fill][]" : "[][grow,fill][]"));
    if (images.size() > 1) {
      panel.add(strip);
    }
    panel.add(tools);
    panel.add(cards, "wmin 300, hmin 200");
    panel.add(new JLabel(org.radshare.plugin.Messages.getString("review.hint")), "wmin 0");
  }

  private void zoomButton(JPanel tools, String key, String name, double factor) {
    JButton b = ReviewKeys.text(new JButton(), key);
    b.setName("radshare.review.zoom." + name);
    b.addActionListener(
        e -> {
          RegionCanvas c = canvases.get(current);
          if (factor == 0) {
            c.zoomToFit();
          } else {
            c.zoomTo(factor);
          }
        });
    zooms.add(b);
    tools.add(b);
  }

  /** The whole image side, for the window's layout. */
  JPanel panel() {
    return panel;
  }

  boolean several() {
    return canvases.size() > 1;
  }

  RegionCanvas canvas(int index) {
    return canvases.get(index);
  }

  RegionList list(int index) {
    return lists.get(index);
  }

  /** The checks are done: each canvas paints its image's plan; every preview is stale. */
  void setPlans(ReviewSet set) {
    for (int i = 0; i < canvases.size(); i++) {
      canvases.get(i).setPlan(set.image(i).plan());
      lists.get(i).setPlan(set.image(i).plan());
      stale.add(i);
    }
  }

  void show(int index) {
    current = index;
    ((CardLayout) cards.getLayout()).show(cards, String.valueOf(index));
  }

  /** The verdict of each image changed: the strip shows it. */
  void showVerdicts(ReviewSet set) {
    if (several()) {
      strip.show(set);
    }
  }

  void repaintBefore(int index) {
    canvases.get(index).repaint();
    lists.get(index).refresh();
  }

  void setEnabled(boolean on) {
    canvases.forEach(b -> b.setEnabled(on));
    lists.forEach(l -> l.setEnabled(on));
    strip.setEnabled(on);
    crop.setEnabled(on);
    clearCrop.setEnabled(on);
  }

  void markStale(int index) {
    stale.add(index);
    canvases.get(index).setPosted(null);
  }

  /** The images whose "as posted" image is out of date, in order. */
  List<Integer> stale() {
    return List.copyOf(stale);
  }

  /** The image of {@code index} exactly as it will be posted, or null while it is being made. */
  BufferedImage posted(int index) {
    return posted.get(index);
  }

  /** The "as posted" images of {@code images} (as listed by {@link #stale()}) are ready. */
  void previewed(List<Integer> images, List<BufferedImage> previews) {
    for (int k = 0; k < images.size(); k++) {
      posted.set(images.get(k), previews.get(k));
      canvases.get(images.get(k)).setPosted(previews.get(k));
    }
    stale.removeAll(images);
  }

  private void showPosted(boolean on) {
    canvases.forEach(c -> c.setShowPosted(on));
  }
}
