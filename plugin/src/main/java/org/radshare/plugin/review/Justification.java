/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

/**
 * The reason the radiologist typed for posting despite the verdict, as it goes into the publish
 * request and the audit record: for a confirmed REVIEW, or for overriding a BLOCK where the
 * department allows it. Screened for identifiers before Post is enabled, and again by core.
 *
 * @param overridesBlock the radiologist overrides a BLOCK verdict (else it justifies a REVIEW)
 */
public record Justification(String text, boolean overridesBlock) {

  /** Nothing typed, nothing overridden. */
  public static final Justification NONE = new Justification("", false);

  public Justification {
    text = text == null ? "" : text.strip();
  }
}
