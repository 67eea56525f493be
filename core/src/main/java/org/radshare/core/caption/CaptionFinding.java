/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

/**
 * An identifying span in a caption. {@code text} is the caption's own substring at [start, end): it
 * is shown back to the radiologist who typed it, and never written to logs or the audit trail
 * (which record only the category).
 */
public record CaptionFinding(int start, int end, String text, String category) {}
