/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The truth file of one still image: its size, kind and every text region burned into it. */
@JsonPropertyOrder({"image", "width", "height", "kind", "regions"})
public record Truth(String image, int width, int height, String kind, List<Region> regions) {}
