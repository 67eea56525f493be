/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import java.net.URI;

/**
 * Opens the platform's sign-in page. The front end decides how (the plugin opens the system
 * browser; the CLI prints the address and tries the desktop browser); tests follow the redirects
 * with an HTTP client. Must not block until the user finishes.
 */
@FunctionalInterface
public interface BrowserLauncher {

  void open(URI authorizationUrl);
}
