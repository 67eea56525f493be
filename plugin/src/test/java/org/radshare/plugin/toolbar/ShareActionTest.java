/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Share is enabled only with a selection, and re-checks the selection when it fires. */
class ShareActionTest {

  private final List<String> shared = new ArrayList<>();

  @Test
  void disabledWithoutSelectionAndSharesNothing() {
    ShareAction<String> action = new ShareAction<>(Optional::empty, shared::add, null);
    action.refreshEnabled();
    action.shareCurrent();
    assertThat(action.isEnabled()).isFalse();
    assertThat(shared).isEmpty();
  }

  @Test
  void sharesTheSelectionCurrentWhenFired() {
    String[] selected = {"view A"};
    ShareAction<String> action =
        new ShareAction<>(() -> Optional.of(selected[0]), shared::add, null);
    action.refreshEnabled();
    assertThat(action.isEnabled()).isTrue();
    selected[0] = "view B";
    action.shareCurrent();
    assertThat(shared).containsExactly("view B");
  }

  @Test
  void aViewerThatIsNotReadyMeansNoSelection() {
    Supplier<Optional<String>> broken =
        () -> {
          throw new UnsupportedOperationException("not running in Weasis");
        };
    ShareAction<String> action = new ShareAction<>(broken, shared::add, null);
    action.refreshEnabled();
    assertThat(action.isEnabled()).isFalse();
  }

  @Test
  void theClipCommandHasItsOwnNameTooltipAndShortcut() {
    ShareAction<String> clip =
        new ShareAction<>(
            "toolbar.shareClip",
            ShareAction.CLIP_SHORTCUT,
            () -> Optional.of("series"),
            shared::add,
            null);
    assertThat(clip.getValue(javax.swing.Action.NAME)).isEqualTo("Share clip");
    assertThat((String) clip.getValue(javax.swing.Action.SHORT_DESCRIPTION)).contains("clip");
    assertThat(clip.shortcut())
        .isEqualTo(ShareAction.CLIP_SHORTCUT)
        .isNotEqualTo(ShareAction.SHORTCUT);
    clip.shareCurrent();
    assertThat(shared).containsExactly("series");
  }
}
