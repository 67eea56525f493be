/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.Objects;

/**
 * A media item the platform has accepted but that is not yet attached to a post. It is what {@link
 * Connector#createPost} attaches and what {@link Connector#discardMedia} removes when a post fails
 * half-way.
 *
 * @param platform where the media lives
 * @param id the platform's identifier (Mastodon media id, X media id, LinkedIn image URN, Bluesky
 *     blob CID, Facebook photo id)
 * @param item the image or clip that was uploaded (alt text, dimensions, type)
 * @param platformData an opaque JSON text some platforms need to reference the media again (the
 *     Bluesky blob object), or an empty string
 */
public record MediaRef(Platform platform, String id, MediaItem item, String platformData) {

  public MediaRef {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    platformData = platformData == null ? "" : platformData;
  }

  public MediaRef(Platform platform, String id, MediaItem item) {
    this(platform, id, item, "");
  }
}
