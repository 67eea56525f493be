/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.net.URL;
import javax.swing.Icon;

/** The plugin's own SVG icons, sized like Weasis's tool bar icons. */
final class ToolbarIcons {

  /**
   * Weasis's {@code ResourceUtil.TOOLBAR_ICON_SIZE}; repeated here because the compiler would
   * inline the constant anyway.
   */
  static final int TOOLBAR_ICON_SIZE = 30;

  private ToolbarIcons() {}

  static Icon share() {
    return icon("radshare-share.svg");
  }

  static Icon shareClip() {
    return icon("radshare-clip.svg");
  }

  private static Icon icon(String file) {
    URL svg = ToolbarIcons.class.getResource("/icon/svg/" + file);
    if (svg == null) {
      throw new IllegalStateException("the icon " + file + " is missing from the bundle");
    }
    return new FlatSVGIcon(svg).derive(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE);
  }
}
