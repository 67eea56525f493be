/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.weasis.core.api.gui.util.ShortcutManager;

/** The shortcuts go through Weasis's registry, follow the user's choice, and let go on dispose. */
class WeasisShortcutsTest {

  private static ShareToolBar bar() {
    return new ShareToolBar(
        new ShareAction<>(() -> Optional.of("v"), v -> {}, null),
        new ShareAction<>(
            "toolbar.shareClip", ShareAction.CLIP_SHORTCUT, () -> Optional.of("s"), v -> {}, null));
  }

  private static Object commandFor(ShareToolBar bar, KeyStroke key) {
    return bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(key);
  }

  @Test
  void withoutWeasisTheDefaultsApply() {
    ShareToolBar bar = bar();
    assertThat(commandFor(bar, ShareAction.SHORTCUT)).isEqualTo(ShareToolBar.SHARE_COMMAND);
    assertThat(commandFor(bar, ShareAction.CLIP_SHORTCUT)).isEqualTo(ShareToolBar.CLIP_COMMAND);
    bar.releaseShortcuts();
  }

  @Test
  void registersWithWeasisFollowsTheUsersKeyAndLetsGo() {
    ShortcutManager manager = mock(ShortcutManager.class);
    AtomicReference<PropertyChangeListener> listener = new AtomicReference<>();
    org.mockito.Mockito.doAnswer(
            call -> {
              listener.set(call.getArgument(0));
              return null;
            })
        .when(manager)
        .addPropertyChangeListener(any());
    // The user gave Share F9 in Weasis's shortcut preferences; Share clip is not known yet.
    when(manager.getKeyCode(ShareToolBar.SHARE_COMMAND)).thenReturn(KeyEvent.VK_F9);
    when(manager.getModifier(ShareToolBar.SHARE_COMMAND)).thenReturn(0);
    try (MockedStatic<ShortcutManager> weasis = mockStatic(ShortcutManager.class)) {
      weasis.when(ShortcutManager::getInstance).thenReturn(manager);

      ShareToolBar bar = bar();

      verify(manager, never())
          .register(
              eq(ShareToolBar.SHARE_COMMAND), anyString(), anyString(), any(), anyInt(), anyInt());
      verify(manager)
          .register(
              eq(ShareToolBar.CLIP_COMMAND),
              anyString(),
              eq(WeasisShortcuts.CATEGORY),
              eq(ShortcutManager.ShortcutContext.DICOM_VIEWER),
              eq(KeyEvent.VK_C),
              anyInt());
      assertThat(commandFor(bar, KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0)))
          .isEqualTo(ShareToolBar.SHARE_COMMAND);
      assertThat(commandFor(bar, ShareAction.SHORTCUT)).isNull();

      // The user changes Share to F10. (Weasis's change event makes the bar rebind on the event
      // thread; the static mock only answers on this thread, so the rebind is called here.)
      assertThat(listener.get()).as("the bar follows Weasis's shortcut changes").isNotNull();
      when(manager.getKeyCode(ShareToolBar.SHARE_COMMAND)).thenReturn(KeyEvent.VK_F10);
      bar.rebindShortcuts();
      assertThat(commandFor(bar, KeyStroke.getKeyStroke(KeyEvent.VK_F10, 0)))
          .isEqualTo(ShareToolBar.SHARE_COMMAND);
      assertThat(commandFor(bar, KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0))).isNull();
      assertThat(bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).keys()).hasSize(2);

      bar.releaseShortcuts();
      verify(manager).removePropertyChangeListener(listener.get());
    }
  }
}
