/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.net.URL;
import javax.swing.Action;
import javax.swing.Icon;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.LayoutViews;

/**
 * The "Share layout" command beside Share: up to four views of the current layout in one post. It
 * is enabled only while at least two views of the layout show an image, and has no shortcut of its
 * own (Share's shortcut keeps meaning the selected view).
 */
final class LayoutShareCommand {

  private LayoutShareCommand() {}

  static ShareAction<LayoutViews> create(ShareFlow flow) {
    ShareAction<LayoutViews> action =
        new ShareAction<>(LayoutViews::current, flow::shareLayout, icon());
    action.putValue(Action.NAME, Messages.getString("toolbar.shareLayout"));
    action.putValue(Action.SHORT_DESCRIPTION, Messages.getString("toolbar.shareLayout.tooltip"));
    action.putValue(Action.ACCELERATOR_KEY, null);
    return action;
  }

  private static Icon icon() {
    URL svg = LayoutShareCommand.class.getResource("/icon/svg/radshare-share-layout.svg");
    if (svg == null) {
      throw new IllegalStateException("the Share layout icon is missing from the bundle");
    }
    return new FlatSVGIcon(svg)
        .derive(ToolbarIcons.TOOLBAR_ICON_SIZE, ToolbarIcons.TOOLBAR_ICON_SIZE);
  }
}
