/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.Objects;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.encode.video.VideoFormat;

/**
 * The clip the radiologist approved: the captured frames, the first check's detections, the mask
 * they reviewed (filled on every frame and verified again before posting), the series header and
 * the file format to post.
 *
 * @param detected the backend's {@link ClipBackend#check} of {@code frames}
 */
public record ClipShare(
    FrameSet frames, CheckedClip detected, ClipMask mask, String dicomJson, VideoFormat format) {
  public ClipShare {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(detected, "detected");
    Objects.requireNonNull(mask, "mask");
    Objects.requireNonNull(dicomJson, "dicomJson");
    Objects.requireNonNull(format, "format");
  }
}
