/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JToggleButton;
import org.junit.jupiter.api.Test;
import org.radshare.plugin.Edt;
import org.radshare.plugin.capture.Capture;

/** Picking views of a large layout: the offered four are preselected and a fifth is refused. */
class ViewPickerTest {

  private static List<Capture> captures(int n) {
    List<Capture> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Capture(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), () -> "{}"));
    }
    return out;
  }

  @Test
  void theSelectedViewComesFirstAndTheOfferedFourArePicked() throws Exception {
    ViewPicker.Choice choice =
        Edt.call(() -> new ViewPicker.Choice(captures(6), List.of(0, 1, 2, 3), true));
    assertThat(choice.chosen()).containsExactly(0, 1, 2, 3);
    assertThat(choice.views().get(0).getText()).contains("selected");
    assertThat(choice.views().get(1).getText()).doesNotContain("selected");
  }

  @Test
  void aFifthPickIsUndoneButAnotherViewCanReplaceOne() throws Exception {
    ViewPicker.Choice choice =
        Edt.call(() -> new ViewPicker.Choice(captures(6), List.of(0, 1, 2, 3), false));
    List<JToggleButton> views = choice.views();
    assertThat(views.get(0).getText()).doesNotContain("selected");

    Edt.call(
        () -> {
          views.get(5).doClick(0);
          return null;
        });
    assertThat(choice.chosen()).containsExactly(0, 1, 2, 3);

    Edt.call(
        () -> {
          views.get(1).doClick(0);
          views.get(5).doClick(0);
          return null;
        });
    assertThat(choice.chosen()).containsExactly(0, 2, 3, 5);
  }
}
