package org.radshare.core.share;

import org.radshare.core.connect.PostResult;

/**
 * How a publish attempt ended. Every outcome carries the scan report, so the front end can show
 * why; {@code message} is one sentence a radiologist can act on and never quotes PHI.
 */
public sealed interface PublishOutcome {

  ScanReport report();

  String message();

  /** Nothing was sent: a gate refused (verdict, policy, missing alt text, unconfirmed review). */
  record Refused(ScanReport report, String message) implements PublishOutcome {}

  /** The platform accepted the post; the audit log has its intent and result records. */
  record Posted(ScanReport report, PostResult post, String imageSha256) implements PublishOutcome {
    @Override
    public String message() {
      return "Posted to " + post.platform().displayName() + ": " + post.publicUrl();
    }
  }

  /** The post was attempted and failed; the audit log records the failure. */
  record Failed(ScanReport report, String message) implements PublishOutcome {}
}
