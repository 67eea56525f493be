/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.header;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DICOM attributes the synthetic headers use, with their tags and VRs. Truth files name PHI
 * categories by these keywords, so tests can look the value up again.
 */
public enum Tag {
  SpecificCharacterSet("00080005", "CS"),
  ImageType("00080008", "CS"),
  SOPClassUID("00080016", "UI"),
  SOPInstanceUID("00080018", "UI"),
  StudyDate("00080020", "DA"),
  SeriesDate("00080021", "DA"),
  AcquisitionDateTime("0008002A", "DT"),
  StudyTime("00080030", "TM"),
  AccessionNumber("00080050", "SH"),
  Modality("00080060", "CS"),
  InstitutionName("00080080", "LO"),
  InstitutionAddress("00080081", "ST"),
  ReferringPhysicianName("00080090", "PN"),
  StationName("00081010", "SH"),
  StudyDescription("00081030", "LO"),
  PerformingPhysicianName("00081050", "PN"),
  OperatorsName("00081070", "PN"),
  ReferencedPatientSequence("00081120", "SQ"),
  ReferencedSOPClassUID("00081150", "UI"),
  ReferencedSOPInstanceUID("00081155", "UI"),
  PrivateCreator0009("00090010", "LO"),
  PrivatePatientLabel("00091010", "LO"),
  PatientName("00100010", "PN"),
  PatientID("00100020", "LO"),
  IssuerOfPatientID("00100021", "LO"),
  PatientBirthDate("00100030", "DA"),
  PatientSex("00100040", "CS"),
  OtherPatientIDs("00101000", "LO"),
  OtherPatientIDsSequence("00101002", "SQ"),
  PatientAge("00101010", "AS"),
  PatientAddress("00101040", "LO"),
  PatientTelephoneNumbers("00102154", "SH"),
  DeviceSerialNumber("00181000", "LO"),
  StudyInstanceUID("0020000D", "UI"),
  InstanceNumber("00200013", "IS"),
  Rows("00280010", "US"),
  Columns("00280011", "US"),
  BurnedInAnnotation("00280301", "CS"),
  RecognizableVisualFeatures("00280302", "CS"),
  PrivateCreator0029("00290010", "LO"),
  PrivateCsaHeader("00291010", "OB"),
  ScheduledProcedureStepID("00400009", "SH"),
  RequestAttributesSequence("00400275", "SQ"),
  RequestedProcedureID("00401001", "SH"),
  DocumentTitle("00420010", "ST"),
  EncapsulatedDocument("00420011", "OB"),
  MIMETypeOfEncapsulatedDocument("00420012", "LO"),
  NumberOfFrames("00280008", "IS"),
  PixelData("7FE00010", "OB");

  private final String tag;
  private final String vr;

  Tag(String tag, String vr) {
    this.tag = tag;
    this.vr = vr;
  }

  /** Eight upper-case hex digits, the DICOM JSON key. */
  public String hex() {
    return tag;
  }

  public String vr() {
    return vr;
  }

  /** The attribute with this keyword, if the fixtures use it. */
  public static Optional<Tag> byKeyword(String keyword) {
    return Arrays.stream(values()).filter(t -> t.name().equals(keyword)).findFirst();
  }
}
