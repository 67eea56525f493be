/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.util.List;
import org.radshare.core.connect.PostResult;
import org.radshare.core.policy.Verdict;

/**
 * How a publish attempt ended. Every outcome carries the scan report of each image in posting order
 * (the caption's findings are reported with the first image), so the front end can show why; {@code
 * message} is one sentence a radiologist can act on and never quotes PHI.
 */
public sealed interface PublishOutcome {

  /** One report per image, in posting order; never empty. */
  List<ScanReport> reports();

  String message();

  /** The report of the first (or only) image, which also holds the caption's findings. */
  default ScanReport report() {
    return reports().get(0);
  }

  /** The post's verdict: the strictest of its images' verdicts. */
  default Verdict verdict() {
    return reports().stream().map(ScanReport::verdict).reduce(Verdict.PASS, Verdict::max);
  }

  /** Nothing was sent: a gate refused (verdict, policy, missing alt text, unconfirmed review). */
  record Refused(List<ScanReport> reports, String message) implements PublishOutcome {
    public Refused {
      reports = List.copyOf(reports);
    }

    public Refused(ScanReport report, String message) {
      this(List.of(report), message);
    }
  }

  /**
   * The platform accepted the post; the audit log has its intent and result records.
   *
   * @param mediaSha256 hex SHA-256 of each file exactly as sent, in posting order
   */
  record Posted(List<ScanReport> reports, PostResult post, List<String> mediaSha256)
      implements PublishOutcome {
    public Posted {
      reports = List.copyOf(reports);
      mediaSha256 = List.copyOf(mediaSha256);
    }

    /** The SHA-256 of the first (or only) image as sent. */
    public String imageSha256() {
      return mediaSha256.get(0);
    }

    @Override
    public String message() {
      return "Posted to " + post.platform().displayName() + ": " + post.publicUrl();
    }
  }

  /** The post was attempted and failed; the audit log records the failure. */
  record Failed(List<ScanReport> reports, String message) implements PublishOutcome {
    public Failed {
      reports = List.copyOf(reports);
    }
  }
}
