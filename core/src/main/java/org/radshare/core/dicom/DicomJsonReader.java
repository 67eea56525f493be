/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one DICOM JSON dataset (PS3.18 Annex F.2) into a {@link Dataset}.
 *
 * <p>Strict on purpose, because a header we misread is a header whose identifiers we miss: every
 * key must be an 8-hex-digit tag (either case), every attribute needs a known {@code vr}, only the
 * members {@code vr}, {@code Value}, {@code InlineBinary} and {@code BulkDataURI} are allowed (an
 * unknown member could hide text, so it is an error rather than skipped), and each value must have
 * the JSON type its VR calls for. Two lenient choices, both lossless: a PN value written as a plain
 * string is read as its alphabetic group, and IS/DS/SV/UV may be numbers or numeric strings.
 *
 * <p>Bulk data is never decoded: an attribute with InlineBinary or a BulkDataURI is kept with no
 * values and {@link Attribute#bulkData()} set. Hostile input is bounded: at most {@value
 * #MAX_SEQUENCE_DEPTH} nested sequence levels, {@value #MAX_DOCUMENT_CHARS} characters and {@value
 * #MAX_VALUES} values, so no input can overflow the stack, hang or exhaust memory. Every failure is
 * a {@link DicomJsonException} whose message names the place, never the value.
 */
public final class DicomJsonReader {

  /** Deepest sequence nesting accepted; real headers rarely exceed 5. */
  public static final int MAX_SEQUENCE_DEPTH = 64;

  /** Largest document accepted (64 Mi characters). */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;

  /** Most values (all attributes, all levels) accepted. */
  public static final int MAX_VALUES = 1_000_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  // Each sequence level costs three JSON levels (attribute, Value, item).
                  .maxNestingDepth(3 * MAX_SEQUENCE_DEPTH + 16)
                  .maxDocumentLength(MAX_DOCUMENT_CHARS)
                  .maxStringLength(16 * 1024 * 1024)
                  .maxNumberLength(1000)
                  .maxNameLength(1000)
                  .build())
          .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private DicomJsonReader() {}

  /** Reads a dataset from UTF-8 (or UTF-16/32, detected) JSON; does not close {@code in}. */
  public static Dataset read(InputStream in) throws DicomJsonException {
    if (in == null) {
      throw new DicomJsonException("no DICOM JSON input");
    }
    try (JsonParser parser = FACTORY.createParser(in)) {
      return parse(parser);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** Reads a dataset from a JSON string. */
  public static Dataset read(String json) throws DicomJsonException {
    if (json == null) {
      throw new DicomJsonException("no DICOM JSON input");
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      return parse(parser);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private static Dataset parse(JsonParser parser) throws IOException, DicomJsonException {
    return new JsonDatasetParser(parser).readDocument();
  }

  /** Turns a Jackson failure into a message with a position but no quoted input. */
  private static DicomJsonException translate(IOException e) {
    if (e instanceof StreamConstraintsException) {
      // Jackson's constraint messages name the limit, never the content.
      return new DicomJsonException("DICOM JSON exceeds a safety limit: " + e.getMessage(), e);
    }
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      return new DicomJsonException("malformed JSON" + where, e);
    }
    return new DicomJsonException("could not read DICOM JSON: " + e.getClass().getSimpleName(), e);
  }
}
