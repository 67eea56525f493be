/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.util.Objects;

/** How a share ended: the second half of an audit entry, written after the platform answered. */
public sealed interface ShareOutcome {

  /** The platform accepted the post. */
  record Posted(String postId, String publicUrl) implements ShareOutcome {
    public Posted {
      Objects.requireNonNull(postId, "postId");
      Objects.requireNonNull(publicUrl, "publicUrl");
    }
  }

  /**
   * The share failed. {@code reason} is a short technical description (HTTP status, connector
   * error); it must not quote captions or image text. It is cut to 500 characters.
   */
  record Failed(String reason) implements ShareOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
  }

  /** The radiologist cancelled after the intent was recorded (e.g. in the final confirmation). */
  record Cancelled() implements ShareOutcome {}
}
