/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.net.URI;

/**
 * Extension point for platforms that cannot take image bytes and instead fetch a public URL
 * (Instagram and Threads). A department would provide an implementation that puts each redacted
 * image at a short-lived public HTTPS URL (for example a presigned object-store URL) and removes it
 * once the post is published.
 *
 * <p>Not implemented: RadShare ships no Instagram or Threads connector, because publishing there
 * requires a server component the department runs, a privacy review of staging de-identified images
 * in public, and Meta App Review. See docs/connectors.md.
 */
public interface StagingHost {

  /** Publishes the image at a URL the platform can fetch, valid at least until {@link #remove}. */
  URI stage(MediaItem item) throws ConnectorException;

  /** Removes a staged image; called after the platform fetched it, and on every failure. */
  void remove(URI staged) throws ConnectorException;
}
