/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.radshare.core.pixel.ImageNormalizer;
import org.radshare.core.pixel.PostableImage;

/**
 * Encodes pixels, and only pixels, into the bytes that are posted. The image is first copied into a
 * fresh raster in its own sample model ({@link PostableImage}: no colour management, no colour
 * profile, no properties; 8-bit grey stays grey, a palette stays a palette), encoded with the JDK's
 * writers, stripped of everything but critical chunks / non-APP segments, then walked again to
 * prove it is clean. Whatever the capture carried (DICOM header, EXIF, text chunks) cannot survive
 * this, and a PNG decodes to exactly the samples it was given.
 */
public final class CleanImageEncoder {

  private static final float[] JPEG_QUALITIES = {0.92f, 0.85f, 0.75f, 0.65f, 0.5f};
  private static final double DOWNSCALE_STEP = 0.8;
  private static final int MIN_SIDE = 64;

  private CleanImageEncoder() {}

  /** Lossless PNG of the image's own samples (grey, palette, RGB or opaque RGBA). */
  public static EncodedImage png(BufferedImage image) {
    BufferedImage exact = PostableImage.of(image).image();
    try {
      byte[] raw = write(exact, "png", null);
      byte[] clean = PngChunks.keepCriticalOnly(raw);
      PngChunks.requireClean(clean);
      return new EncodedImage(clean, ImageFormat.PNG, exact.getWidth(), exact.getHeight());
    } catch (MetadataFoundException e) {
      throw new IllegalStateException("the JDK PNG writer produced a malformed file", e);
    }
  }

  /** Baseline JPEG of the image's visible pixels (grey or RGB) at {@code quality} (0..1). */
  public static EncodedImage jpeg(BufferedImage image, float quality) {
    if (!(quality > 0f && quality <= 1f)) {
      throw new IllegalArgumentException("JPEG quality must be in (0, 1], was " + quality);
    }
    BufferedImage rgb = jpegSource(image);
    try {
      byte[] raw = write(rgb, "jpeg", quality);
      byte[] clean = JpegSegments.withoutAppOrComment(raw);
      JpegSegments.requireClean(clean);
      return new EncodedImage(clean, ImageFormat.JPEG, rgb.getWidth(), rgb.getHeight());
    } catch (MetadataFoundException e) {
      throw new IllegalStateException("the JDK JPEG writer produced a malformed file", e);
    }
  }

  /**
   * The best encoding that fits in {@code maxBytes}: PNG if it fits, else JPEG at falling quality,
   * else the image downscaled step by step. Throws when even a small JPEG does not fit.
   */
  public static EncodedImage fitWithin(BufferedImage image, long maxBytes) {
    EncodedImage png = png(image);
    if (png.size() <= maxBytes) {
      return png;
    }
    // Scaling draws into RGB: convert exactly first so grey is not tone-shifted on the way.
    BufferedImage current = ImageNormalizer.normalize(image);
    while (true) {
      for (float q : JPEG_QUALITIES) {
        EncodedImage jpeg = jpeg(current, q);
        if (jpeg.size() <= maxBytes) {
          return jpeg;
        }
      }
      int w = (int) (current.getWidth() * DOWNSCALE_STEP);
      int h = (int) (current.getHeight() * DOWNSCALE_STEP);
      if (Math.min(w, h) < MIN_SIDE) {
        throw new IllegalArgumentException(
            "the image cannot be made smaller than " + maxBytes + " bytes without losing it");
      }
      current = scaled(current, w, h);
    }
  }

  /** Verifies encoded bytes of either format carry nothing but pixels. */
  public static void requireClean(EncodedImage image) throws MetadataFoundException {
    if (image.format() == ImageFormat.PNG) {
      PngChunks.requireClean(image.bytes());
    } else {
      JpegSegments.requireClean(image.bytes());
    }
  }

  /**
   * A new 8-bit image holding only the visible pixels (alpha composited onto black), converted
   * exactly: 8-bit grey stays grey (a grey JPEG), everything else becomes RGB with its values.
   */
  static BufferedImage jpegSource(BufferedImage image) {
    BufferedImage exact = PostableImage.of(image).image();
    return exact.getType() == BufferedImage.TYPE_BYTE_GRAY
        ? exact
        : ImageNormalizer.normalize(exact);
  }

  /**
   * A new RGB image of {@code image} scaled to {@code w}×{@code h} (bilinear). The image is first
   * converted exactly by {@link ImageNormalizer}, never colour-managed, so scaling only averages
   * neighbours: grey stays grey with its values.
   */
  public static BufferedImage downscaled(BufferedImage image, int w, int h) {
    return scaled(ImageNormalizer.normalize(image), w, h);
  }

  private static BufferedImage scaled(BufferedImage src, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] write(BufferedImage pixels, String format, Float quality) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    if (!writers.hasNext()) {
      throw new IllegalStateException("no " + format + " writer in this JDK");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (quality != null) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
      }
      // No metadata object is passed: the writer's defaults are then stripped after encoding.
      writer.write(null, new IIOImage(pixels, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("encoding to " + format + " failed in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
