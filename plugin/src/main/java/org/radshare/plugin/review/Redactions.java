/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import org.radshare.core.pixel.Box;
import org.radshare.core.review.RedactionPlan;

/** Produces the image that will be posted: core's redaction of the plan's boxes, then the crop. */
final class Redactions {

  private Redactions() {}

  static BufferedImage apply(ReviewBackend backend, BufferedImage capture, RedactionPlan plan)
      throws Exception {
    BufferedImage redacted = backend.redact(capture, plan.redactionBoxes());
    if (redacted == null) {
      throw new IllegalStateException("redaction produced no image");
    }
    if (plan.crop().isEmpty()) {
      return redacted;
    }
    Box c = plan.crop().get();
    BufferedImage out = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    try {
      g.drawImage(redacted, -c.x(), -c.y(), null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
