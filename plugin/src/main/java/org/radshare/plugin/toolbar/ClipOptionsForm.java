/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.util.function.IntSupplier;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.ClipOptions;
import org.radshare.plugin.capture.ClipRange;

/**
 * Which frames of the series a clip takes (whole series, current frame ± N, or a start and end the
 * radiologist marks by scrolling the viewer and pressing "Start here" / "End here"), the frame step
 * and the playback speed, with the resulting frame count shown live. Frame numbers are the viewer's
 * (1-based); {@link #options()} turns them into a 0-based {@link ClipRange}.
 */
final class ClipOptionsForm extends JPanel {

  private static final long serialVersionUID = 1L;

  /** Default playback speed, frames per second. */
  static final int DEFAULT_FPS = 10;

  private final int seriesSize;
  private final transient IntSupplier shownFrame;
  private final JRadioButton whole = new JRadioButton();
  private final JRadioButton around = new JRadioButton(Messages.getString("clip.range.around"));
  private final JRadioButton marked = new JRadioButton(Messages.getString("clip.range.marked"));
  private final JSpinner radius;
  private final JSpinner start;
  private final JSpinner end;
  private final JSpinner step;
  private final JSpinner fps;
  private final JLabel count = new JLabel();

  /**
   * @param seriesSize frames in the series
   * @param shownFrame the frame the viewer shows now, 1-based
   */
  ClipOptionsForm(int seriesSize, IntSupplier shownFrame) {
    super(new MigLayout("wrap 4", "[][][][grow]"));
    this.seriesSize = Math.max(1, seriesSize);
    this.shownFrame = shownFrame;
    int last = this.seriesSize;
    int now = Math.max(1, Math.min(last, shownFrame.getAsInt()));
    radius = spinner(Math.min(10, last), 0, last, "radshare.clip.radius");
    start = spinner(now, 1, last, "radshare.clip.start");
    end = spinner(last, 1, last, "radshare.clip.end");
    step = spinner(1, 1, Math.max(1, last), "radshare.clip.step");
    fps =
        spinner(
            DEFAULT_FPS, (int) ClipOptions.MIN_FPS, (int) ClipOptions.MAX_FPS, "radshare.clip.fps");
    whole.setText(Messages.format("clip.range.whole", last));
    whole.setName("radshare.clip.whole");
    around.setName("radshare.clip.around");
    marked.setName("radshare.clip.marked");
    count.setName("radshare.clip.count");
    ButtonGroup group = new ButtonGroup();
    for (JRadioButton b : new JRadioButton[] {whole, around, marked}) {
      group.add(b);
      b.addActionListener(e -> recount());
    }
    whole.setSelected(true);
    JButton startHere = new JButton(Messages.getString("clip.startHere"));
    startHere.setName("radshare.clip.startHere");
    startHere.addActionListener(e -> mark(start));
    JButton endHere = new JButton(Messages.getString("clip.endHere"));
    endHere.setName("radshare.clip.endHere");
    endHere.addActionListener(e -> mark(end));

    add(whole, "span");
    add(around);
    add(radius, "w 70!, span");
    add(marked);
    add(start, "w 70!");
    add(startHere, "span");
    add(new JLabel(Messages.getString("clip.boxTo")), "right");
    add(end, "w 70!");
    add(endHere, "span");
    add(new JLabel(Messages.getString("clip.step")), "gaptop 8");
    add(step, "w 70!, span");
    add(new JLabel(Messages.getString("clip.fps")));
    add(fps, "w 70!, span");
    add(count, "span, gaptop 8");
    recount();
  }

  /** The options as chosen now (the current frame read from the viewer at this moment). */
  ClipOptions options() {
    ClipRange range;
    if (around.isSelected()) {
      range = new ClipRange.AroundCurrent(shownFrame.getAsInt() - 1, value(radius));
    } else if (marked.isSelected()) {
      range = new ClipRange.Marked(value(start) - 1, value(end) - 1);
    } else {
      range = new ClipRange.Whole();
    }
    return new ClipOptions(range, value(step), value(fps));
  }

  /** How many frames the clip will have. */
  int frameCount() {
    ClipOptions o = options();
    return o.range().frames(seriesSize, o.step()).size();
  }

  private void mark(JSpinner which) {
    which.setValue(Math.max(1, Math.min(seriesSize, shownFrame.getAsInt())));
    marked.setSelected(true);
    recount();
  }

  private void recount() {
    count.setText(Messages.format("clip.count", frameCount()));
  }

  private JSpinner spinner(int value, int min, int max, String name) {
    JSpinner s = new JSpinner(new SpinnerNumberModel(value, min, max, 1));
    s.setName(name);
    s.addChangeListener(e -> recount());
    return s;
  }

  private static int value(JSpinner s) {
    return ((Number) s.getValue()).intValue();
  }
}
