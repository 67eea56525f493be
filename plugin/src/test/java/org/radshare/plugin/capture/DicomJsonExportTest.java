/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.List;
import org.dcm4che3.data.Attributes;
import org.dcm4che3.json.JSONWriter;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedConstruction;
import org.weasis.dicom.codec.DcmMediaReader;
import org.weasis.dicom.codec.DicomImageElement;

/** The header goes to core as DICOM JSON from a bulk-data-free copy; the viewer's stays intact. */
class DicomJsonExportTest {

  @Test
  void writesACopyWithoutBulkDataAndLeavesTheViewersDatasetAlone() throws Exception {
    Attributes shared = mock(Attributes.class);
    DicomImageElement image = imageWith(shared);
    List<Object> copiedFrom = new ArrayList<>();

    try (MockedConstruction<Attributes> copies =
            mockConstruction(
                Attributes.class, (copy, ctx) -> copiedFrom.add(ctx.arguments().get(0)));
        MockedConstruction<JSONWriter> writers =
            mockConstruction(
                JSONWriter.class,
                (writer, ctx) -> {
                  JsonGenerator gen = (JsonGenerator) ctx.arguments().get(0);
                  doAnswer(
                          call -> {
                            gen.writeStartObject()
                                .writeStartObject("00100010")
                                .write("vr", "PN")
                                .writeEnd()
                                .writeEnd();
                            return null;
                          })
                      .when(writer)
                      .write(org.mockito.ArgumentMatchers.any());
                })) {

      String json = DicomJsonExport.of(image);

      assertThat(copiedFrom).containsExactly(shared);
      Attributes copy = copies.constructed().get(0);
      JSONWriter writer = writers.constructed().get(0);
      InOrder order = inOrder(copy, writer);
      order.verify(copy).removeAllBulkData();
      order.verify(writer).setReplaceBulkDataURI(DicomJsonExport.NO_BULK_DATA);
      order.verify(writer).write(copy);
      verifyNoInteractions(shared);
      assertThat(json).isEqualTo("{\"00100010\":{\"vr\":\"PN\"}}");
    }
  }

  @Test
  void anUnreadableHeaderFailsClosed() {
    DicomImageElement noReader = mock(DicomImageElement.class);
    assertThatThrownBy(() -> DicomJsonExport.of(noReader))
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> DicomJsonExport.of(imageWith(null)))
        .isInstanceOf(CaptureException.class);
  }

  @Test
  void aWriterFailureFailsClosed() {
    try (MockedConstruction<Attributes> copies =
        mockConstruction(
            Attributes.class,
            (copy, ctx) -> when(copy.removeAllBulkData()).thenThrow(new IllegalStateException()))) {
      assertThatThrownBy(() -> DicomJsonExport.of(imageWith(mock(Attributes.class))))
          .isInstanceOf(CaptureException.class);
      assertThat(copies.constructed()).hasSize(1);
    }
  }

  private static DicomImageElement imageWith(Attributes dataset) {
    DicomImageElement image = mock(DicomImageElement.class);
    DcmMediaReader reader = mock(DcmMediaReader.class);
    when(image.getMediaReader()).thenReturn(reader);
    when(reader.getDicomObject()).thenReturn(dataset);
    return image;
  }
}
