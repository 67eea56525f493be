/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import static org.radshare.core.dicom.Tags.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.radshare.core.dicom.Tags;

/**
 * The header attributes whose values identify a patient, a caregiver, a place or a moment, taken
 * from the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile (table E.1-1): the
 * attributes that profile removes or replaces and that carry readable identifying text. Table order
 * is priority order: when two values match the same span, the earlier category is reported.
 *
 * <p>Besides this table, the lexicon also takes every PN value (any tag, any depth), every DA, DT
 * and TM value, and string values of private attributes, because Annex E removes those too ("all
 * person names", dates and times are replaced, private attributes are removed).
 */
public final class IdentifyingAttributes {

  private IdentifyingAttributes() {}

  /** How a value is turned into lexicon terms. */
  public enum Kind {
    /** A person name (PN): parts in any order, surname alone, initials with surname. */
    NAME,
    /** An identifier: matched whole, with or without separators, OCR-tolerant. */
    ID,
    /** A telephone number: digits only, also without country or area code. */
    PHONE,
    /** A UID: matched whole, digits only. */
    UID,
    /** A date (DA): every common written form. */
    DATE,
    /** A date-time (DT): its date part every common form, its time as HH:MM. */
    DATETIME,
    /** A time (TM): HH:MM(:SS). */
    TIME,
    /** A place or organisation (institution, address, department): distinctive words. */
    PHRASE,
    /**
     * Free text (descriptions, comments, history): too general to match as a whole — "CT CHEST" is
     * no identifier — so only the identifiers inside it are taken: numbers that look like IDs,
     * dates, and words after an honorific (Dr, Mr, Mrs…).
     */
    FREE_TEXT
  }

  /** One row of the table. */
  public record Row(int tag, String keyword, Kind kind) {}

  private static final Map<Integer, Row> TABLE = new LinkedHashMap<>();

  static {
    // Patient (Annex E: X / Z / D)
    row(PatientName, "PatientName", Kind.NAME);
    row(PatientID, "PatientID", Kind.ID);
    row(OtherPatientIDs, "OtherPatientIDs", Kind.ID);
    row(OtherPatientNames, "OtherPatientNames", Kind.NAME);
    row(PatientBirthName, "PatientBirthName", Kind.NAME);
    row(PatientMotherBirthName, "PatientMotherBirthName", Kind.NAME);
    row(PatientBirthDate, "PatientBirthDate", Kind.DATE);
    row(PatientBirthTime, "PatientBirthTime", Kind.TIME);
    row(IssuerOfPatientID, "IssuerOfPatientID", Kind.PHRASE);
    row(MedicalRecordLocator, "MedicalRecordLocator", Kind.ID);
    row(PatientAddress, "PatientAddress", Kind.PHRASE);
    row(PatientTelephoneNumbers, "PatientTelephoneNumbers", Kind.PHONE);
    row(RegionOfResidence, "RegionOfResidence", Kind.PHRASE);
    row(ResponsiblePerson, "ResponsiblePerson", Kind.NAME);
    row(ResponsibleOrganization, "ResponsibleOrganization", Kind.PHRASE);
    row(MilitaryRank, "MilitaryRank", Kind.FREE_TEXT);
    row(BranchOfService, "BranchOfService", Kind.FREE_TEXT);
    row(Occupation, "Occupation", Kind.FREE_TEXT);
    row(AdditionalPatientHistory, "AdditionalPatientHistory", Kind.FREE_TEXT);
    row(PatientComments, "PatientComments", Kind.FREE_TEXT);
    row(MedicalAlerts, "MedicalAlerts", Kind.FREE_TEXT);
    row(Allergies, "Allergies", Kind.FREE_TEXT);
    row(LastMenstrualDate, "LastMenstrualDate", Kind.DATE);
    // Visit and request
    row(AccessionNumber, "AccessionNumber", Kind.ID);
    row(AdmissionID, "AdmissionID", Kind.ID);
    row(PlacerOrderNumberImagingServiceRequest, "PlacerOrderNumberImagingServiceRequest", Kind.ID);
    row(FillerOrderNumberImagingServiceRequest, "FillerOrderNumberImagingServiceRequest", Kind.ID);
    row(RequestedProcedureID, "RequestedProcedureID", Kind.ID);
    row(ScheduledProcedureStepID, "ScheduledProcedureStepID", Kind.ID);
    row(PerformedProcedureStepID, "PerformedProcedureStepID", Kind.ID);
    row(StudyID, "StudyID", Kind.ID);
    row(OrderCallbackPhoneNumber, "OrderCallbackPhoneNumber", Kind.PHONE);
    row(CurrentPatientLocation, "CurrentPatientLocation", Kind.PHRASE);
    row(PatientInstitutionResidence, "PatientInstitutionResidence", Kind.PHRASE);
    row(VisitComments, "VisitComments", Kind.FREE_TEXT);
    row(ReasonForTheRequestedProcedure, "ReasonForTheRequestedProcedure", Kind.FREE_TEXT);
    row(RequestedProcedureComments, "RequestedProcedureComments", Kind.FREE_TEXT);
    row(AdmittingDiagnosesDescription, "AdmittingDiagnosesDescription", Kind.FREE_TEXT);
    // Caregivers
    row(ReferringPhysicianName, "ReferringPhysicianName", Kind.NAME);
    row(ReferringPhysicianAddress, "ReferringPhysicianAddress", Kind.PHRASE);
    row(ReferringPhysicianTelephoneNumbers, "ReferringPhysicianTelephoneNumbers", Kind.PHONE);
    row(PhysiciansOfRecord, "PhysiciansOfRecord", Kind.NAME);
    row(PerformingPhysicianName, "PerformingPhysicianName", Kind.NAME);
    row(NameOfPhysiciansReadingStudy, "NameOfPhysiciansReadingStudy", Kind.NAME);
    row(OperatorsName, "OperatorsName", Kind.NAME);
    row(RequestingPhysician, "RequestingPhysician", Kind.NAME);
    row(ScheduledPerformingPhysicianName, "ScheduledPerformingPhysicianName", Kind.NAME);
    row(VerifyingObserverName, "VerifyingObserverName", Kind.NAME);
    row(ContentCreatorName, "ContentCreatorName", Kind.NAME);
    row(Tags.PersonName, "PersonName", Kind.NAME);
    // Institution and equipment
    row(InstitutionName, "InstitutionName", Kind.PHRASE);
    row(InstitutionAddress, "InstitutionAddress", Kind.PHRASE);
    row(InstitutionalDepartmentName, "InstitutionalDepartmentName", Kind.PHRASE);
    row(RequestingService, "RequestingService", Kind.PHRASE);
    row(StationName, "StationName", Kind.ID);
    row(ScheduledStationName, "ScheduledStationName", Kind.ID);
    row(PerformedStationName, "PerformedStationName", Kind.ID);
    row(PerformedLocation, "PerformedLocation", Kind.PHRASE);
    row(ScheduledProcedureStepLocation, "ScheduledProcedureStepLocation", Kind.PHRASE);
    row(DeviceSerialNumber, "DeviceSerialNumber", Kind.ID);
    row(PlateID, "PlateID", Kind.ID);
    row(GantryID, "GantryID", Kind.ID);
    row(DetectorID, "DetectorID", Kind.ID);
    row(DeviceUID, "DeviceUID", Kind.UID);
    // Dates and times
    row(StudyDate, "StudyDate", Kind.DATE);
    row(SeriesDate, "SeriesDate", Kind.DATE);
    row(AcquisitionDate, "AcquisitionDate", Kind.DATE);
    row(ContentDate, "ContentDate", Kind.DATE);
    row(InstanceCreationDate, "InstanceCreationDate", Kind.DATE);
    row(AcquisitionDateTime, "AcquisitionDateTime", Kind.DATETIME);
    row(ScheduledProcedureStepStartDate, "ScheduledProcedureStepStartDate", Kind.DATE);
    row(PerformedProcedureStepStartDate, "PerformedProcedureStepStartDate", Kind.DATE);
    row(DateOfLastCalibration, "DateOfLastCalibration", Kind.DATE);
    row(StudyTime, "StudyTime", Kind.TIME);
    row(SeriesTime, "SeriesTime", Kind.TIME);
    row(AcquisitionTime, "AcquisitionTime", Kind.TIME);
    row(ContentTime, "ContentTime", Kind.TIME);
    row(InstanceCreationTime, "InstanceCreationTime", Kind.TIME);
    row(PerformedProcedureStepStartTime, "PerformedProcedureStepStartTime", Kind.TIME);
    row(TimeOfLastCalibration, "TimeOfLastCalibration", Kind.TIME);
    // UIDs (Annex E: U) — long, but OCR of a study banner can show them
    row(StudyInstanceUID, "StudyInstanceUID", Kind.UID);
    row(SeriesInstanceUID, "SeriesInstanceUID", Kind.UID);
    row(SOPInstanceUID, "SOPInstanceUID", Kind.UID);
    row(FrameOfReferenceUID, "FrameOfReferenceUID", Kind.UID);
    row(InstanceCreatorUID, "InstanceCreatorUID", Kind.UID);
    // Descriptions: free text that may name people
    row(StudyDescription, "StudyDescription", Kind.FREE_TEXT);
    row(SeriesDescription, "SeriesDescription", Kind.FREE_TEXT);
    row(ImageComments, "ImageComments", Kind.FREE_TEXT);
    row(DerivationDescription, "DerivationDescription", Kind.FREE_TEXT);
    row(ProtocolName, "ProtocolName", Kind.FREE_TEXT);
    row(RequestedProcedureDescription, "RequestedProcedureDescription", Kind.FREE_TEXT);
    row(PerformedProcedureStepDescription, "PerformedProcedureStepDescription", Kind.FREE_TEXT);
  }

  private static void row(int tag, String keyword, Kind kind) {
    TABLE.put(tag, new Row(tag, keyword, kind));
  }

  /** The row for a standard tag, if it identifies. */
  public static Optional<Row> of(int tag) {
    return Optional.ofNullable(TABLE.get(tag));
  }

  /** Every row, in priority order. */
  public static Map<Integer, Row> table() {
    return java.util.Collections.unmodifiableMap(TABLE);
  }

  /** Lower is more important; rows not in the table (private, generic PN/DA) rank last. */
  static int priority(String keyword) {
    int i = 0;
    for (Row r : TABLE.values()) {
      if (r.keyword().equals(keyword)) {
        return i;
      }
      i++;
    }
    return TABLE.size();
  }
}
