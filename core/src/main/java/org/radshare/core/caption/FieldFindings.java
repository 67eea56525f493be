/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.List;

/**
 * The identifiers found in one outgoing field, with offsets into that field's text.
 *
 * @param findings in order and non-overlapping; empty when the field is clean
 */
public record FieldFindings(OutgoingText field, List<CaptionFinding> findings) {

  public FieldFindings {
    findings = List.copyOf(findings);
  }

  public boolean clean() {
    return findings.isEmpty();
  }
}
