/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import org.radshare.core.policy.Verdict;

/**
 * A reason behind a verdict as the audit keeps it: its code and the verdict it calls for, never its
 * message (which could quote what was found). The report turns codes into sentences.
 */
public record ReasonRef(String code, Verdict floor) {}
