/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.connect.Platform;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;

/**
 * One row per platform: whether to post there, the text exactly as it will be posted, and how many
 * characters are left as that platform counts them (red when over).
 */
final class PlatformPreview extends JPanel {

  private static final long serialVersionUID = 1L;

  private final Map<Platform, JCheckBox> chosen = new EnumMap<>(Platform.class);
  private final Map<Platform, JLabel> remaining = new EnumMap<>(Platform.class);
  private final JTextArea text = new JTextArea(3, 30);

  PlatformPreview(BiConsumer<Platform, Boolean> choose) {
    super(new MigLayout("insets 0, wrap 2", "[][grow,right]"));
    text.setEditable(false);
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    text.setName("radshare.review.preview");
    for (Platform p : Platform.values()) {
      JCheckBox box = new JCheckBox(p.displayName());
      box.setName("radshare.review.platform." + p.name());
      box.addActionListener(e -> choose.accept(p, box.isSelected()));
      JLabel left = new JLabel();
      left.setName("radshare.review.remaining." + p.name());
      chosen.put(p, box);
      remaining.put(p, left);
      add(box);
      add(left);
    }
    add(new JLabel(Messages.getString("review.preview")), "span, gaptop 6");
    add(new JScrollPane(text), "span, growx");
  }

  void show(ReviewModel model) {
    String post = model.postText();
    if (!text.getText().equals(post)) {
      text.setText(post);
    }
    for (Platform p : Platform.values()) {
      chosen.get(p).setSelected(model.platforms().contains(p));
      int left = model.remaining(p);
      JLabel label = remaining.get(p);
      label.setText(Messages.format("review.remaining", left, model.limit(p)));
      label.setForeground(left < 0 ? RegionCanvas.PHI : UIManager.getColor("Label.foreground"));
    }
  }

  /** A colour-independent check for tests and screen readers: over the limit or not. */
  boolean isOver(Platform p) {
    return remaining.get(p).getForeground().equals(RegionCanvas.PHI);
  }
}
