/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.radshare.plugin.Edt;

/**
 * What every review window must hold on any screen, checked in the scenarios and written as a
 * screenshot of the whole screen: Post, Cancel and the verdict line are inside the screen and
 * showing, and no two region markers overlap.
 */
final class ScreenCheck {

  private ScreenCheck() {}

  /** Checks {@code window} and writes a screenshot of the whole screen to {@code shot}. */
  static void check(Robot robot, Window window, Path shot) throws Exception {
    robot.waitForIdle();
    Rectangle screen = Edt.call(() -> window.getGraphicsConfiguration().getBounds());
    for (String name :
        List.of("radshare.review.post", "radshare.review.cancel", "radshare.review.verdict")) {
      Rectangle r =
          Edt.call(
              () -> {
                Component c =
                    name.endsWith("verdict")
                        ? ReviewDialogScenario.find((Container) window, JLabel.class, name)
                        : ReviewDialogScenario.find((Container) window, JButton.class, name);
                assertThat(c.isShowing()).as(name + " showing").isTrue();
                Rectangle b = new Rectangle(c.getLocationOnScreen(), c.getSize());
                Rectangle visible =
                    SwingUtilities.convertRectangle(
                        c, c instanceof javax.swing.JComponent j ? j.getVisibleRect() : b, null);
                assertThat(visible.width * visible.height).as(name + " not clipped").isPositive();
                return b;
              });
      assertThat(screen.contains(r)).as("%s %s inside the screen %s", name, r, screen).isTrue();
    }
    assertThat(Edt.call(() -> screen.contains(window.getBounds())))
        .as("window %s inside the screen %s", window.getBounds(), screen)
        .isTrue();
    for (RegionCanvas canvas : Edt.call(() -> canvases((Container) window))) {
      List<Rectangle> markers = Edt.call(canvas::markerBounds);
      for (int i = 0; i < markers.size(); i++) {
        for (int j = i + 1; j < markers.size(); j++) {
          assertThat(markers.get(i).intersects(markers.get(j)))
              .as("markers %d %s and %d %s overlap", i + 1, markers.get(i), j + 1, markers.get(j))
              .isFalse();
        }
      }
    }
    BufferedImage image = robot.createScreenCapture(screen);
    ImageIO.write(image, "png", shot.toFile());
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  private static List<RegionCanvas> canvases(Container root) {
    List<RegionCanvas> out = new ArrayList<>();
    for (Component c : root.getComponents()) {
      if (c instanceof RegionCanvas r && r.isShowing()) {
        out.add(r);
      } else if (c instanceof Container k) {
        out.addAll(canvases(k));
      }
    }
    return out;
  }
}
