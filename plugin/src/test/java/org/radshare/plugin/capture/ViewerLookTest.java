/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.weasis.core.api.gui.util.ComboItemListener;
import org.weasis.core.api.gui.util.SliderChangeListener;

class ViewerLookTest {

  private final ComboItemListener<?> preset = mock(ComboItemListener.class);
  private final SliderChangeListener window = mock(SliderChangeListener.class);
  private final SliderChangeListener level = mock(SliderChangeListener.class);
  private final ViewerLook look =
      new ViewerLook(
          Optional.of(new ViewerLook.Chosen(preset, "Lung")),
          Optional.of(new ViewerLook.Value(window, 1500)),
          Optional.of(new ViewerLook.Value(level, -600)));

  @Test
  void putsBackWhatChangedPresetFirstAndLeavesTheRest() {
    when(preset.getSelectedItem()).thenReturn("Bone");
    when(window.getRealValue()).thenReturn(400.0);
    when(level.getRealValue()).thenReturn(-600.0);

    look.restore();

    InOrder order = inOrder(preset, window);
    order.verify(preset).setSelectedItem("Lung");
    order.verify(window).setRealValue(1500);
    verify(level, never()).setRealValue(anyDouble());
  }

  @Test
  void aFailingPartDoesNotStopTheOthers() {
    when(preset.getSelectedItem()).thenReturn("Bone");
    doThrow(new IllegalStateException("no image")).when(preset).setSelectedItem(any());
    when(window.getRealValue()).thenReturn(1.0);
    when(level.getRealValue()).thenReturn(2.0);

    assertThatThrownBy(look::restore).hasMessage("no image");

    verify(window).setRealValue(1500);
    verify(level).setRealValue(-600);
  }
}
