/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads many prepared line crops with one Tesseract call: the crops are stacked into one white page
 * (each already framed by a white margin and scaled to the same text height, so the page is a
 * uniform block of lines), read with single-block segmentation, and each word is handed back to the
 * crop its centre falls in. A call has a fixed cost that dwarfs reading one short line, so this
 * keeps the per-image OCR time near that of one whole-image pass.
 */
final class LineBatch {
  /** Tallest stacked page per call, so a busy frame is read in several bounded calls. */
  private static final int MAX_PAGE_HEIGHT = 4000;

  private LineBatch() {}

  /** Reads every crop not yet in {@code readings} and stores its words there (crop coordinates). */
  static void readInto(TesseractOcr ocr, List<OcrCrop> crops, Map<OcrCrop, List<OcrWord>> readings)
      throws OcrUnavailableException {
    List<OcrCrop> batch = new ArrayList<>();
    int height = 0;
    for (OcrCrop crop : new LinkedHashSet<>(crops)) {
      if (readings.containsKey(crop)) {
        continue;
      }
      if (!batch.isEmpty() && height + crop.height > MAX_PAGE_HEIGHT) {
        read(ocr, batch, readings);
        batch.clear();
        height = 0;
      }
      batch.add(crop);
      height += crop.height;
    }
    if (!batch.isEmpty()) {
      read(ocr, batch, readings);
    }
  }

  private static void read(
      TesseractOcr ocr, List<OcrCrop> batch, Map<OcrCrop, List<OcrWord>> readings)
      throws OcrUnavailableException {
    int width = 0;
    int height = 0;
    for (OcrCrop c : batch) {
      width = Math.max(width, c.width);
      height += c.height;
    }
    byte[] page = new byte[width * height];
    java.util.Arrays.fill(page, (byte) 255);
    int[] top = new int[batch.size()];
    int y = 0;
    for (int i = 0; i < batch.size(); i++) {
      OcrCrop c = batch.get(i);
      top[i] = y;
      for (int row = 0; row < c.height; row++) {
        System.arraycopy(c.grey, row * c.width, page, (y + row) * width, c.width);
      }
      y += c.height;
    }
    List<List<OcrWord>> perCrop = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      perCrop.add(new ArrayList<>());
    }
    for (OcrWord w : ocr.readBlock(page, width, height)) {
      int centre = w.box().y() + w.box().height() / 2;
      int i = 0;
      while (i + 1 < batch.size() && top[i + 1] <= centre) {
        i++;
      }
      Box b = w.box();
      perCrop
          .get(i)
          .add(
              new OcrWord(
                  new Box(b.x(), b.y() - top[i], b.width(), b.height()), w.text(), w.confidence()));
    }
    for (int i = 0; i < batch.size(); i++) {
      readings.put(batch.get(i), List.copyOf(perCrop.get(i)));
    }
  }
}
