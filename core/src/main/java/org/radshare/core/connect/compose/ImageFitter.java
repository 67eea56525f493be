package org.radshare.core.connect.compose;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.radshare.core.connect.MediaItem;

/**
 * Re-encodes an image that exceeds a platform's byte or pixel cap: JPEG at falling quality, then
 * smaller, until it fits. The output is a fresh JPEG with only the JFIF header (no EXIF, no
 * comments), like every image RadShare produces.
 */
public final class ImageFitter {

  private static final float[] QUALITIES = {0.92f, 0.85f, 0.75f, 0.65f, 0.5f};
  private static final double SHRINK = 0.75;
  private static final int MIN_SIDE = 256;

  private ImageFitter() {}

  /**
   * Returns the image unchanged if it fits, a re-encoded copy if one fits, or empty if even a small
   * low-quality JPEG is too big (or the bytes cannot be decoded).
   *
   * @param maxBytes the byte cap
   * @param maxPixels the width × height cap, or 0 for none
   */
  public static Optional<MediaItem> fit(MediaItem item, long maxBytes, long maxPixels) {
    long pixels = (long) item.width() * item.height();
    boolean pixelsFit = maxPixels <= 0 || pixels <= maxPixels;
    if (item.size() <= maxBytes && pixelsFit) {
      return Optional.of(item);
    }
    BufferedImage source = decode(item.bytes());
    if (source == null) {
      return Optional.empty();
    }
    double scale = pixelsFit ? 1.0 : Math.sqrt((double) maxPixels / pixels);
    while (Math.min(source.getWidth(), source.getHeight()) * scale >= MIN_SIDE || scale == 1.0) {
      BufferedImage scaled = opaqueScaled(source, scale);
      for (float q : QUALITIES) {
        byte[] jpeg = jpeg(scaled, q);
        if (jpeg.length <= maxBytes) {
          return Optional.of(
              new MediaItem(
                  jpeg, "image/jpeg", item.altText(), scaled.getWidth(), scaled.getHeight()));
        }
      }
      scale *= SHRINK;
    }
    return Optional.empty();
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return null;
    }
  }

  /** Scales and drops any alpha channel (JPEG has none): grey stays grey, the rest becomes RGB. */
  private static BufferedImage opaqueScaled(BufferedImage src, double scale) {
    int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
    boolean grey = src.getType() == BufferedImage.TYPE_BYTE_GRAY;
    BufferedImage out =
        new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, w, h);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage img, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(img, null, null), param);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed in memory", e);
    } finally {
      writer.dispose();
    }
  }
}
