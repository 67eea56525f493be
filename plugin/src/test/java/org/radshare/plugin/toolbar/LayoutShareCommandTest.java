/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javax.swing.Action;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;
import org.radshare.plugin.Edt;

/** Share layout sits after Share, has its own words and no shortcut, and needs a layout. */
class LayoutShareCommandTest {

  @Test
  void theBarOffersShareLayoutAfterShareDisabledOutsideAViewer() throws Exception {
    ShareFlow flow = new ShareFlow(() -> null, () -> null);
    ShareToolBar bar =
        Edt.call(
            () -> {
              ShareToolBar b = new ShareToolBar(new ShareAction<>(Optional::empty, v -> {}, null));
              b.addShareCommand(LayoutShareCommand.create(flow), "radshare.shareLayout.button");
              return b;
            });
    assertThat(bar.getComponents()).hasSize(2);
    JButton layout = (JButton) bar.getComponent(1);
    assertThat(layout.getName()).isEqualTo("radshare.shareLayout.button");
    assertThat(layout.getIcon()).isNotNull();
    assertThat(layout.getToolTipText()).contains("up to four views");
    assertThat(layout.getAction().getValue(Action.ACCELERATOR_KEY)).isNull();
    assertThat(layout.getAction().getValue(Action.NAME)).isEqualTo("Share layout");

    // Outside Weasis the viewer is not there: nothing to share, the command stays disabled.
    ShareAction<?> action = (ShareAction<?>) layout.getAction();
    action.refreshEnabled();
    assertThat(action.isEnabled()).isFalse();
  }
}
