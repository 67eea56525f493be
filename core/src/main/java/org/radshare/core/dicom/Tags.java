/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

/**
 * Tags RadShare reads, named by their DICOM keyword (PS3.6). Group in the high 16 bits, element in
 * the low 16 bits, as DICOM JSON keys write them.
 */
public final class Tags {
  private Tags() {}

  // Identification and general study / series / instance
  public static final int ImageType = 0x00080008;
  public static final int InstanceCreationDate = 0x00080012;
  public static final int InstanceCreationTime = 0x00080013;
  public static final int InstanceCreatorUID = 0x00080014;
  public static final int SOPClassUID = 0x00080016;
  public static final int SOPInstanceUID = 0x00080018;
  public static final int StudyDate = 0x00080020;
  public static final int SeriesDate = 0x00080021;
  public static final int AcquisitionDate = 0x00080022;
  public static final int ContentDate = 0x00080023;
  public static final int AcquisitionDateTime = 0x0008002A;
  public static final int StudyTime = 0x00080030;
  public static final int SeriesTime = 0x00080031;
  public static final int AcquisitionTime = 0x00080032;
  public static final int ContentTime = 0x00080033;
  public static final int AccessionNumber = 0x00080050;
  public static final int IssuerOfAccessionNumberSequence = 0x00080051;
  public static final int Modality = 0x00080060;
  public static final int ConversionType = 0x00080064;
  public static final int InstitutionName = 0x00080080;
  public static final int InstitutionAddress = 0x00080081;
  public static final int ReferringPhysicianName = 0x00080090;
  public static final int ReferringPhysicianAddress = 0x00080092;
  public static final int ReferringPhysicianTelephoneNumbers = 0x00080094;
  public static final int StationName = 0x00081010;
  public static final int StudyDescription = 0x00081030;
  public static final int SeriesDescription = 0x0008103E;
  public static final int InstitutionalDepartmentName = 0x00081040;
  public static final int PhysiciansOfRecord = 0x00081048;
  public static final int PerformingPhysicianName = 0x00081050;
  public static final int NameOfPhysiciansReadingStudy = 0x00081060;
  public static final int OperatorsName = 0x00081070;
  public static final int AdmittingDiagnosesDescription = 0x00081080;
  public static final int DerivationDescription = 0x00082111;

  // Patient
  public static final int PatientName = 0x00100010;
  public static final int PatientID = 0x00100020;
  public static final int IssuerOfPatientID = 0x00100021;
  public static final int PatientBirthDate = 0x00100030;
  public static final int PatientBirthTime = 0x00100032;
  public static final int PatientSex = 0x00100040;
  public static final int OtherPatientIDs = 0x00101000;
  public static final int OtherPatientNames = 0x00101001;
  public static final int OtherPatientIDsSequence = 0x00101002;
  public static final int PatientBirthName = 0x00101005;
  public static final int PatientAge = 0x00101010;
  public static final int PatientAddress = 0x00101040;
  public static final int PatientMotherBirthName = 0x00101060;
  public static final int MilitaryRank = 0x00101080;
  public static final int BranchOfService = 0x00101081;
  public static final int MedicalRecordLocator = 0x00101090;
  public static final int MedicalAlerts = 0x00102000;
  public static final int Allergies = 0x00102110;
  public static final int CountryOfResidence = 0x00102150;
  public static final int RegionOfResidence = 0x00102152;
  public static final int PatientTelephoneNumbers = 0x00102154;
  public static final int Occupation = 0x00102180;
  public static final int AdditionalPatientHistory = 0x001021B0;
  public static final int LastMenstrualDate = 0x001021D0;
  public static final int PatientReligiousPreference = 0x001021F0;
  public static final int ResponsiblePerson = 0x00102297;
  public static final int ResponsibleOrganization = 0x00102299;
  public static final int PatientComments = 0x00104000;

  // Equipment
  public static final int DeviceSerialNumber = 0x00181000;
  public static final int DeviceUID = 0x00181002;
  public static final int PlateID = 0x00181004;
  public static final int GantryID = 0x00181008;
  public static final int ProtocolName = 0x00181030;
  public static final int DateOfLastCalibration = 0x00181200;
  public static final int TimeOfLastCalibration = 0x00181201;
  public static final int DetectorID = 0x0018700A;

  // Relationship
  public static final int StudyInstanceUID = 0x0020000D;
  public static final int SeriesInstanceUID = 0x0020000E;
  public static final int StudyID = 0x00200010;
  public static final int FrameOfReferenceUID = 0x00200052;
  public static final int ImageComments = 0x00204000;

  // Image pixel risk flags
  public static final int BurnedInAnnotation = 0x00280301;
  public static final int RecognizableVisualFeatures = 0x00280302;

  // Requests, procedure steps, visits
  public static final int RequestingPhysician = 0x00321032;
  public static final int RequestingService = 0x00321033;
  public static final int RequestedProcedureDescription = 0x00321060;
  public static final int AdmissionID = 0x00380010;
  public static final int CurrentPatientLocation = 0x00380300;
  public static final int PatientInstitutionResidence = 0x00380400;
  public static final int VisitComments = 0x00384000;
  public static final int ScheduledProcedureStepStartDate = 0x00400002;
  public static final int ScheduledPerformingPhysicianName = 0x00400006;
  public static final int ScheduledProcedureStepID = 0x00400009;
  public static final int ScheduledStationName = 0x00400010;
  public static final int ScheduledProcedureStepLocation = 0x00400011;
  public static final int PerformedStationName = 0x00400241;
  public static final int PerformedLocation = 0x00400243;
  public static final int PerformedProcedureStepStartDate = 0x00400244;
  public static final int PerformedProcedureStepStartTime = 0x00400245;
  public static final int PerformedProcedureStepID = 0x00400253;
  public static final int PerformedProcedureStepDescription = 0x00400254;
  public static final int RequestAttributesSequence = 0x00400275;
  public static final int RequestedProcedureID = 0x00401001;
  public static final int ReasonForTheRequestedProcedure = 0x00401002;
  public static final int RequestedProcedureComments = 0x00401400;
  public static final int PlacerOrderNumberImagingServiceRequest = 0x00402016;
  public static final int FillerOrderNumberImagingServiceRequest = 0x00402017;
  public static final int OrderCallbackPhoneNumber = 0x00402010;
  public static final int VerifyingObserverName = 0x0040A075;
  public static final int PersonName = 0x0040A123;
  public static final int ContentSequence = 0x0040A730;
  public static final int ContentCreatorName = 0x00700084;
}
