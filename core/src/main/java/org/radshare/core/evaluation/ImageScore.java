/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import java.util.List;
import org.radshare.core.policy.Verdict;

/**
 * How the pipeline did on one image fixture.
 *
 * @param leakedCategories categories of PHI still recoverable by OCR from the redacted output
 * @param falseArea filled pixels away from any text
 * @param nonTextArea pixels away from any text
 * @param verdict the verdict of the check
 * @param finalBlock whether only the final verification made the verdict BLOCK
 */
public record ImageScore(
    String id,
    String kind,
    int phiBoxes,
    int phiBoxesCovered,
    List<String> missed,
    List<String> leakedCategories,
    long falseArea,
    long nonTextArea,
    long pipelineNanos,
    long rawOcrNanos,
    boolean standardSize,
    Verdict verdict,
    boolean finalBlock) {}
