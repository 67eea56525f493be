/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.net.URI;
import java.util.Objects;

/**
 * A post that exists on a platform: what the audit record stores and what {@link Connector#delete}
 * needs to undo it.
 *
 * @param platform where it was posted
 * @param id the platform's identifier (Bluesky: the at:// record URI; outbox: the folder name)
 * @param publicUrl where people can see it ({@code file:} for the outbox)
 */
public record PostResult(Platform platform, String id, URI publicUrl) {

  public PostResult {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publicUrl, "publicUrl");
  }
}
