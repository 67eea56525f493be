/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.Component;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.Capture;
import org.radshare.plugin.capture.LayoutCapture;
import org.radshare.plugin.capture.LayoutViews;

/**
 * Lets the radiologist pick up to four of the layout's views for one post, from thumbnails of the
 * captures themselves (already without the information layer). The selected view comes first and,
 * with the next three, is preselected; a fifth pick is refused.
 */
final class ViewPicker implements LayoutCapture.Chooser {

  private static final int THUMB = 120;

  private final Component parent;
  private final boolean firstIsSelected;

  ViewPicker(Component parent, boolean firstIsSelected) {
    this.parent = parent;
    this.firstIsSelected = firstIsSelected;
  }

  @Override
  public Optional<List<Integer>> choose(List<Capture> captures, List<Integer> preselected) {
    Choice choice = new Choice(captures, preselected, firstIsSelected);
    int answer =
        JOptionPane.showConfirmDialog(
            parent,
            choice.panel(),
            Messages.getString("layout.pick.title"),
            JOptionPane.OK_CANCEL_OPTION,
            JOptionPane.PLAIN_MESSAGE);
    List<Integer> picked = choice.chosen();
    return answer == JOptionPane.OK_OPTION && !picked.isEmpty()
        ? Optional.of(picked)
        : Optional.empty();
  }

  /** The thumbnails to pick from; a fifth pick is undone at once. */
  static final class Choice {
    private final List<JToggleButton> views = new ArrayList<>();
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1"));

    Choice(List<Capture> captures, List<Integer> preselected, boolean firstIsSelected) {
      JPanel grid = new JPanel(new MigLayout("insets 0, wrap 4"));
      for (int i = 0; i < captures.size(); i++) {
        String key = i == 0 && firstIsSelected ? "layout.pick.selected" : "layout.pick.view";
        JToggleButton view =
            new JToggleButton(Messages.format(key, i + 1), thumbnail(captures.get(i).image()));
        view.setName("radshare.layout.view." + (i + 1));
        view.setVerticalTextPosition(SwingConstants.BOTTOM);
        view.setHorizontalTextPosition(SwingConstants.CENTER);
        view.setSelected(preselected.contains(i));
        view.addActionListener(
            e -> {
              if (view.isSelected() && chosen().size() > LayoutViews.MAX_IMAGES) {
                view.setSelected(false); // one post takes four images at most
              }
            });
        views.add(view);
        grid.add(view);
      }
      panel.add(new JLabel(Messages.format("layout.pick.message", captures.size())));
      panel.add(grid);
    }

    JPanel panel() {
      return panel;
    }

    List<JToggleButton> views() {
      return views;
    }

    /** The picked views' indices, in display order. */
    List<Integer> chosen() {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < views.size(); i++) {
        if (views.get(i).isSelected()) {
          out.add(i);
        }
      }
      return out;
    }
  }

  private static ImageIcon thumbnail(BufferedImage image) {
    double s = Math.min(THUMB / (double) image.getWidth(), THUMB / (double) image.getHeight());
    int w = Math.max(1, (int) Math.round(image.getWidth() * s));
    int h = Math.max(1, (int) Math.round(image.getHeight() * s));
    return new ImageIcon(image.getScaledInstance(w, h, Image.SCALE_SMOOTH));
  }
}
