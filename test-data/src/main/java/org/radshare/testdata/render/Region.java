/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One piece of burned-in text: the tight box of its glyph pixels, the string, and whether it
 * identifies the patient. {@code category} is the DICOM keyword of the header attribute the text
 * came from, a Safe Harbor category ({@code Phone}…), or null for benign text and for identifying
 * text that no header attribute holds.
 */
@JsonPropertyOrder({"x", "y", "width", "height", "text", "phi", "category"})
public record Region(
    int x, int y, int width, int height, String text, boolean phi, String category) {}
