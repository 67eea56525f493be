/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.evaluation;

import org.radshare.core.pixel.Box;

/** A text string the fixture generator drew, with its tight glyph box and whether it is PHI. */
public record TruthRegion(Box box, String text, boolean phi, String category) {}
