/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;

/** Synthetic DICOM JSON headers for tests. Every person, place and number here is invented. */
public final class SyntheticHeaders {

  private SyntheticHeaders() {}

  /** A CT header with every kind of identifier the lexicon takes. */
  public static final String CT_JSON =
      """
      {
        "00080020": {"vr": "DA", "Value": ["20240305"]},
        "00080030": {"vr": "TM", "Value": ["143205.000"]},
        "00080050": {"vr": "SH", "Value": ["ACC20240305001"]},
        "00080060": {"vr": "CS", "Value": ["CT"]},
        "00080080": {"vr": "LO", "Value": ["Springfield General Hospital"]},
        "00080081": {"vr": "ST", "Value": ["742 Evergreen Terrace, Springfield, IL 62704"]},
        "00080090": {"vr": "PN", "Value": [{"Alphabetic": "Müller^Zoë"}]},
        "00081010": {"vr": "SH", "Value": ["CTAWP73012"]},
        "00081030": {"vr": "LO", "Value": ["CT CHEST W CONTRAST per Dr Hibbert"]},
        "00081040": {"vr": "LO", "Value": ["Radiology"]},
        "00081050": {"vr": "PN", "Value": [{"Alphabetic": "O'Brien^Siobhan"}]},
        "00081070": {"vr": "PN", "Value": [{"Alphabetic": "LI^WEI"}]},
        "00100010": {"vr": "PN", "Value": [
            {"Alphabetic": "DOE^JOHN^ALBERT", "Ideographic": "山田^太郎"}]},
        "00100020": {"vr": "LO", "Value": ["E421-280-644"]},
        "00100021": {"vr": "LO", "Value": ["Shelbyville MRN"]},
        "00100030": {"vr": "DA", "Value": ["19520714"]},
        "00100040": {"vr": "CS", "Value": ["M"]},
        "00101002": {"vr": "SQ", "Value": [
            {"00100020": {"vr": "LO", "Value": ["8377162"]}}]},
        "00101010": {"vr": "AS", "Value": ["072Y"]},
        "00101040": {"vr": "LO", "Value": ["12 Rue des Lilas, Grenoble"]},
        "00102154": {"vr": "SH", "Value": ["+1 (217) 555-0134"]},
        "00181000": {"vr": "LO", "Value": ["SN-88213"]},
        "00200010": {"vr": "SH", "Value": ["4417"]},
        "00290010": {"vr": "LO", "Value": ["ACME 1.0"]},
        "00291010": {"vr": "LO", "Value": ["MRN-XJ99812"]},
        "00291011": {"vr": "PN", "Value": [{"Alphabetic": "KRABAPPEL^EDNA"}]},
        "00291020": {"vr": "OB", "InlineBinary": "RE9FXkpPSE4="},
        "7FE00010": {"vr": "OW", "BulkDataURI": "http://localhost/bulk/1"}
      }
      """;

  /** A patient who shares his surname with a disease. */
  public static final String PARKINSON_JSON =
      """
      {
        "00100010": {"vr": "PN", "Value": [{"Alphabetic": "PARKINSON^JAMES"}]},
        "00100020": {"vr": "LO", "Value": ["PK-55120"]},
        "00080080": {"vr": "LO", "Value": ["Radiology Department"]}
      }
      """;

  public static Dataset ct() {
    return read(CT_JSON);
  }

  public static Dataset parkinson() {
    return read(PARKINSON_JSON);
  }

  private static Dataset read(String json) {
    try {
      return DicomJsonReader.read(json);
    } catch (DicomJsonException e) {
      throw new IllegalStateException(e);
    }
  }
}
