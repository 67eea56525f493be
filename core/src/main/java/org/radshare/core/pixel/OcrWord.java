/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

/**
 * One word Tesseract read, with its box in the coordinates of the image it was given.
 *
 * @param confidence Tesseract's word confidence, 0–100
 */
public record OcrWord(Box box, String text, double confidence) {
  public OcrWord {
    text = text == null ? "" : text.strip();
  }
}
