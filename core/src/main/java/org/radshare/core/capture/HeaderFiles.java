/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;

/**
 * Reads a user-supplied DICOM JSON header file. An empty, oversized or malformed header is bad
 * input, never an empty dataset: a header that silently read as nothing would switch the identifier
 * lookup off.
 */
public final class HeaderFiles {

  /** Largest header accepted: headers without bulk data are kilobytes; 32 MiB is generous. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  private HeaderFiles() {}

  public static Dataset read(Path file) throws BadInputException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new BadInputException("header " + file + " does not exist or is not readable");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new BadInputException("header " + file + " is empty");
      }
      if (size > MAX_BYTES) {
        throw new BadInputException("header " + file + " is larger than 32 MiB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return DicomJsonReader.read(in);
      }
    } catch (DicomJsonException e) {
      throw new BadInputException("header " + file + " is not valid DICOM JSON: " + e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("header " + file + " cannot be read: " + e.getMessage(), e);
    }
  }
}
