/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes fixture files byte-for-byte reproducibly: PNGs with no metadata chunks (only IHDR, IDAT,
 * IEND) at maximum compression, and JSON with '\n' line ends whatever the platform.
 */
public final class FixtureWriter {

  private static final ObjectWriter JSON;

  static {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indent);
    pp.indentArraysWith(indent);
    JSON = new ObjectMapper().writer(pp);
  }

  private FixtureWriter() {}

  public static void png(BufferedImage img, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (OutputStream out = Files.newOutputStream(file);
        ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.0f);
      writer.setOutput(ios);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
  }

  public static void json(Object value, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, jsonText(value));
  }

  /** The exact text {@link #json} writes. */
  public static String jsonText(Object value) throws IOException {
    return JSON.writeValueAsString(value) + "\n";
  }
}
