/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.header;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Random;
import org.radshare.testdata.identity.DateForms;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.identity.PersonName;

/**
 * Writes the DICOM JSON header of one synthetic capture: the patient and study attributes of the
 * Basic Profile, a nested sequence holding IDs, a private attribute holding the name or ID, and
 * binary elements (InlineBinary, BulkDataURI) that a reader must skip.
 */
public final class HeaderFactory {

  private HeaderFactory() {}

  /** What varies between captures besides the patient. */
  public record Capture(
      Modality modality,
      int rows,
      int columns,
      boolean burnedIn,
      int instanceNumber,
      int frames,
      long seed) {}

  public static DicomJson build(Patient p, Capture c) {
    Random r = new Random(c.seed());
    DicomJson h = new DicomJson();
    PersonName n = p.name();
    h.str(Tag.SpecificCharacterSet, "ISO_IR 192")
        .str(Tag.SOPClassUID, c.modality().sopClass())
        .str(Tag.SOPInstanceUID, uid(r))
        .str(Tag.StudyInstanceUID, uid(r))
        .str(Tag.StudyDate, DateForms.da(p.studyDate()))
        .str(Tag.SeriesDate, DateForms.da(p.studyDate()))
        .str(Tag.StudyTime, DateForms.tm(p.studyTime()))
        .str(
            Tag.AcquisitionDateTime,
            DateForms.dt(LocalDateTime.of(p.studyDate(), p.studyTime().plusMinutes(3))))
        .str(Tag.AccessionNumber, p.accession())
        .str(Tag.Modality, c.modality().code())
        .str(Tag.InstitutionName, p.institution())
        .str(Tag.InstitutionAddress, p.institutionAddress())
        .pn(Tag.ReferringPhysicianName, p.referring().alphabetic(), "", "")
        .str(Tag.StationName, p.station())
        .str(Tag.StudyDescription, "SYNTHETIC TEST STUDY")
        .pn(Tag.PerformingPhysicianName, p.performing().alphabetic(), "", "")
        .pn(Tag.OperatorsName, p.operator().alphabetic(), "", "")
        .sq(
            Tag.ReferencedPatientSequence,
            new DicomJson()
                .str(Tag.ReferencedSOPClassUID, "1.2.840.10008.3.1.2.1.4")
                .str(Tag.ReferencedSOPInstanceUID, uid(r)))
        .pn(Tag.PatientName, n.alphabetic(), n.ideographic(), n.phonetic())
        .str(Tag.PatientID, p.patientId())
        .str(Tag.IssuerOfPatientID, p.issuer())
        .str(Tag.PatientBirthDate, DateForms.da(p.birthDate()))
        .str(Tag.PatientSex, p.sex())
        .str(Tag.OtherPatientIDs, p.otherIds().toArray(String[]::new))
        .sq(
            Tag.OtherPatientIDsSequence,
            new DicomJson().str(Tag.PatientID, p.otherIds().get(0)).str(Tag.IssuerOfPatientID, "X"),
            new DicomJson()
                .str(Tag.PatientID, p.otherIds().get(1))
                .str(Tag.IssuerOfPatientID, "NHS"))
        .str(Tag.PatientAge, p.dicomAge())
        .str(Tag.PatientAddress, p.patientAddress())
        .str(Tag.PatientTelephoneNumbers, p.phone())
        .str(Tag.DeviceSerialNumber, p.deviceSerial())
        .num(Tag.InstanceNumber, c.instanceNumber())
        .num(Tag.Rows, c.rows())
        .num(Tag.Columns, c.columns())
        .str(Tag.BurnedInAnnotation, c.burnedIn() ? "YES" : "NO")
        .empty(Tag.RecognizableVisualFeatures)
        .sq(
            Tag.RequestAttributesSequence,
            new DicomJson()
                .str(Tag.RequestedProcedureID, p.requestedProcedureId())
                .str(Tag.ScheduledProcedureStepID, "SPS" + p.requestedProcedureId().substring(2))
                .str(Tag.AccessionNumber, p.accession()))
        .str(Tag.PrivateCreator0009, "RADSHARE SYNTH 1.0")
        .str(Tag.PrivatePatientLabel, privateLabel(p, r))
        .str(Tag.PrivateCreator0029, "SYNTH CSA HEADER")
        .inlineBinary(Tag.PrivateCsaHeader, inlineBytes(r));
    if (!c.modality().imageType().isEmpty()) {
      h.str(Tag.ImageType, c.modality().imageType().toArray(String[]::new));
    }
    if (c.frames() > 1) {
      h.num(Tag.NumberOfFrames, c.frames());
    }
    if (c.modality() == Modality.PDF) {
      h.str(Tag.DocumentTitle, "Radiology request form")
          .str(Tag.MIMETypeOfEncapsulatedDocument, "application/pdf")
          .bulkData(Tag.EncapsulatedDocument, bulkUri(r, "00420011"));
    } else {
      h.bulkData(Tag.PixelData, bulkUri(r, "7fe00010"));
    }
    return h;
  }

  /** Some vendors copy the name into a private element, others the ID. */
  private static String privateLabel(Patient p, Random r) {
    return r.nextBoolean()
        ? p.name().caret()
        : p.patientId() + "/" + PersonName.stripDiacritics(p.name().family());
  }

  private static String uid(Random r) {
    return "2.25." + new BigInteger(96, r).add(BigInteger.ONE);
  }

  private static String inlineBytes(Random r) {
    byte[] b = new byte[24];
    r.nextBytes(b);
    byte[] tag = "SV10".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tag, 0, b, 0, tag.length);
    return Base64.getEncoder().encodeToString(b);
  }

  private static String bulkUri(Random r, String tag) {
    return "https://pacs.invalid/dicomweb/studies/"
        + Long.toHexString(r.nextLong() & Long.MAX_VALUE)
        + "/bulkdata/"
        + tag;
  }
}
