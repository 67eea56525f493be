/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Collects the warnings an ImageIO decoder reports while it reads. A JPEG cut short or with garbage
 * in its entropy-coded data decodes "successfully" to a half-grey or smeared image and only warns
 * ("Premature end of JPEG file", "Corrupt JPEG data"); such a file is bad input, never a capture to
 * check and post, so any warning at all turns the read into a {@link BadInputException}.
 */
public final class DecoderWarnings implements IIOReadWarningListener {
  private final List<String> warnings = new ArrayList<>();

  private DecoderWarnings() {}

  /** A collector listening to {@code reader} from now on. */
  public static DecoderWarnings watch(ImageReader reader) {
    DecoderWarnings w = new DecoderWarnings();
    reader.addIIOReadWarningListener(w);
    return w;
  }

  @Override
  public synchronized void warningOccurred(ImageReader source, String warning) {
    warnings.add(warning == null ? "unnamed decoder warning" : warning);
  }

  /** Throws when the decoder warned about {@code what} (a file name and the kind of input). */
  public synchronized void requireNone(String what) throws BadInputException {
    if (!warnings.isEmpty()) {
      // The decoder's message is a fixed phrase; keep it to one short line all the same.
      String first = warnings.get(0).replaceAll("\\s+", " ").strip();
      if (first.length() > 120) {
        first = first.substring(0, 120) + "…";
      }
      throw new BadInputException(what + " is truncated or corrupt (decoder: " + first + ")");
    }
  }
}
