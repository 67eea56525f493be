/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import org.radshare.core.connect.oauth.BrowserLauncher;

/**
 * Opens a platform's sign-in page in the workstation's default browser (the same desktop call
 * Weasis's own OAuth sign-in ends in). Without a desktop browser the sign-in fails with a message
 * rather than waiting for a callback that cannot come.
 */
public final class SystemBrowser implements BrowserLauncher {

  @Override
  public void open(URI authorizationUrl) {
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      throw new IllegalStateException(
          "No web browser can be opened from Weasis on this workstation; sign in with"
              + " `radshare accounts login` instead.");
    }
    try {
      Desktop.getDesktop().browse(authorizationUrl);
    } catch (IOException e) {
      throw new IllegalStateException("The web browser could not be opened: " + e.getMessage(), e);
    }
  }
}
