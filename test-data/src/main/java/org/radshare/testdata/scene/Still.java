/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.image.BufferedImage;
import java.util.List;
import org.radshare.testdata.header.DicomJson;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.render.Region;

/**
 * One generated still capture: pixels, the text burned into them, the header beside them, and the
 * invented patient behind the header (so captions can be written about the same person).
 */
public record Still(
    String id,
    String kind,
    String description,
    BufferedImage image,
    List<Region> regions,
    DicomJson header,
    Patient patient) {}
