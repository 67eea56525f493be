/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.encode.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.radshare.core.encode.MetadataFoundException;

/**
 * Writes frames as a looping animated GIF with the JDK's ImageIO writer. Each frame's metadata is
 * built from scratch with only a graphic control extension (the frame delay) and, on the first
 * frame, the NETSCAPE2.0 loop extension; no comment, no other application extension. The result is
 * proven by {@link GifBlocks#check}.
 */
final class GifEncoder {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  private GifEncoder() {}

  static byte[] encode(List<BufferedImage> frames, int frameMillis) throws MetadataFoundException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < frames.size(); i++) {
        BufferedImage frame = frames.get(i);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta =
            writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(frame), param);
        configure(meta, frameMillis, i == 0);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException("GIF encoding failed: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
    byte[] gif = bytes.toByteArray();
    GifBlocks.check(gif);
    return gif;
  }

  private static void configure(IIOMetadata meta, int frameMillis, boolean first)
      throws IIOInvalidTreeException {
    IIOMetadataNode root = new IIOMetadataNode(FORMAT);
    IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(Math.max(2, frameMillis / 10)));
    control.setAttribute("transparentColorIndex", "0");
    root.appendChild(control);
    if (first) {
      IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
      apps.appendChild(loop);
      root.appendChild(apps);
    }
    meta.mergeTree(FORMAT, root);
  }
}
