/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

/** A match in normalised-text coordinates, before it is mapped back to the original text. */
record Hit(int start, int end, String category) {}
