/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import javax.swing.SwingUtilities;
import org.dcm4che3.data.Attributes;
import org.dcm4che3.json.JSONWriter;
import org.radshare.plugin.Messages;
import org.weasis.dicom.codec.DcmMediaReader;
import org.weasis.dicom.codec.DicomImageElement;

/**
 * Hands the displayed image's DICOM header to core as DICOM JSON (PS3.18 F.2), the one format core
 * reads from every front end. Pixel data and other bulk data are removed first: dcm4che would
 * otherwise write them as {@code BulkDataURI}s holding local file paths. The viewer's own dataset
 * is shared and cached, so only a copy is edited.
 *
 * <p>Runs off the event dispatch thread: the reader may go back to the file.
 */
public final class DicomJsonExport {

  /** Written instead of any bulk-data location that survived, so that no local path leaks. */
  static final String NO_BULK_DATA = "urn:radshare:bulk-data-removed";

  private DicomJsonExport() {}

  /**
   * The header of {@code image} without bulk data, as DICOM JSON.
   *
   * @throws CaptureException when the header cannot be read (fail closed: nothing is shared)
   */
  public static String of(DicomImageElement image) throws CaptureException {
    if (SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("DICOM headers are read off the event dispatch thread");
    }
    DcmMediaReader reader = image.getMediaReader();
    Attributes shared = reader == null ? null : reader.getDicomObject();
    if (shared == null) {
      throw new CaptureException(Messages.getString("capture.noHeader"));
    }
    try {
      Attributes copy = new Attributes(shared);
      copy.removeAllBulkData();
      StringWriter json = new StringWriter();
      try (JsonGenerator generator = Json.createGenerator(json)) {
        JSONWriter writer = new JSONWriter(generator);
        writer.setReplaceBulkDataURI(NO_BULK_DATA);
        writer.write(copy);
      }
      return json.toString();
    } catch (RuntimeException e) {
      throw new CaptureException(Messages.getString("capture.noHeader"), e);
    }
  }
}
