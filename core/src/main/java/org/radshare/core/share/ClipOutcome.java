/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.connect.PostResult;

/**
 * How publishing a clip ended. Every outcome carries the clip's report and what was changed to fit
 * the platform (played faster, frames dropped, scaled down — one sentence each, empty when the clip
 * went out as captured or was refused before encoding), so the front end can say so; {@code
 * message} is one sentence a radiologist can act on and never quotes PHI.
 */
public sealed interface ClipOutcome {

  ClipReport report();

  String message();

  /** One sentence per change made to fit the platform's limits. */
  List<String> adjustments();

  /** Nothing was sent: a gate refused, or the clip could not be encoded to fit. */
  record Refused(ClipReport report, String message, List<String> adjustments)
      implements ClipOutcome {
    public Refused {
      adjustments = List.copyOf(adjustments);
    }
  }

  /**
   * The platform accepted the post; the audit log has its intent and result records.
   *
   * @param mediaSha256 hex SHA-256 of the encoded clip exactly as sent
   */
  record Posted(ClipReport report, PostResult post, String mediaSha256, List<String> adjustments)
      implements ClipOutcome {
    public Posted {
      adjustments = List.copyOf(adjustments);
    }

    @Override
    public String message() {
      return "Posted to " + post.platform().displayName() + ": " + post.publicUrl();
    }
  }

  /** The post was attempted and failed; the audit log records the failure. */
  record Failed(ClipReport report, String message, List<String> adjustments)
      implements ClipOutcome {
    public Failed {
      adjustments = List.copyOf(adjustments);
    }
  }
}
