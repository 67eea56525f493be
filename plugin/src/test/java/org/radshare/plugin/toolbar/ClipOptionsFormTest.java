/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import org.junit.jupiter.api.Test;
import org.radshare.plugin.Edt;
import org.radshare.plugin.capture.ClipOptions;
import org.radshare.plugin.capture.ClipRange;

/** The radiologist's choice of frames becomes the right 0-based range, step and speed. */
class ClipOptionsFormTest {

  private final int[] shown = {5};

  @Test
  void theWholeSeriesAtTenFramesASecondByDefault() throws Exception {
    ClipOptions o = Edt.call(() -> new ClipOptionsForm(24, () -> shown[0]).options());
    assertThat(o).isEqualTo(new ClipOptions(new ClipRange.Whole(), 1, 10));
  }

  @Test
  void aroundTheFrameShownWhenCaptureIsPressed() throws Exception {
    ClipOptions o =
        Edt.call(
            () -> {
              ClipOptionsForm form = new ClipOptionsForm(24, () -> shown[0]);
              find(form, AbstractButton.class, "radshare.clip.around").doClick();
              find(form, JSpinner.class, "radshare.clip.radius").setValue(3);
              shown[0] = 9; // the radiologist scrolled on meanwhile
              return form.options();
            });
    assertThat(o.range()).isEqualTo(new ClipRange.AroundCurrent(8, 3));
  }

  @Test
  void startAndEndMarkedByScrollingTheViewerWithStepAndSpeed() throws Exception {
    ClipOptionsForm form =
        Edt.call(
            () -> {
              ClipOptionsForm f = new ClipOptionsForm(24, () -> shown[0]);
              shown[0] = 4;
              find(f, AbstractButton.class, "radshare.clip.startHere").doClick();
              shown[0] = 20;
              find(f, AbstractButton.class, "radshare.clip.endHere").doClick();
              find(f, JSpinner.class, "radshare.clip.step").setValue(2);
              find(f, JSpinner.class, "radshare.clip.fps").setValue(25);
              return f;
            });
    ClipOptions o = Edt.call(form::options);
    assertThat(o).isEqualTo(new ClipOptions(new ClipRange.Marked(3, 19), 2, 25));
    assertThat(o.frameMillis()).isEqualTo(40);
    // Frames 4, 6, ... 20 of the viewer: 9 frames, said before capturing.
    assertThat(Edt.call(form::frameCount)).isEqualTo(9);
    assertThat(Edt.call(() -> find(form, JLabel.class, "radshare.clip.count").getText()))
        .isEqualTo("9 frames will be taken.");
  }

  private static <T> T find(Container root, Class<T> type, String name) {
    for (Component c : root.getComponents()) {
      if (type.isInstance(c) && name.equals(c.getName())) {
        return type.cast(c);
      }
      if (c instanceof Container child) {
        T inner = findOrNull(child, type, name);
        if (inner != null) {
          return inner;
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static <T> T findOrNull(Container root, Class<T> type, String name) {
    try {
      return find(root, type, name);
    } catch (AssertionError e) {
      return null;
    }
  }
}
