/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.cine;

import java.util.Optional;

/**
 * The result of checking a clip: the report, the redacted frames that would be posted (absent when
 * the pixels could not be checked: an unchecked clip never leaves) and the mask that made them.
 */
public record CheckedClip(ClipReport report, Optional<FrameSet> redacted, ClipMask mask) {}
