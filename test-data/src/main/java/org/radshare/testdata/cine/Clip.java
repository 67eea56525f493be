/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.cine;

import java.awt.image.BufferedImage;
import java.util.List;
import org.radshare.testdata.header.DicomJson;
import org.radshare.testdata.render.Region;

/** One generated multi-frame clip: its frames, the text on each frame, and its header. */
public record Clip(
    String id,
    String kind,
    String description,
    List<BufferedImage> frames,
    List<List<Region>> regions,
    DicomJson header) {}
