/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/**
 * A share as a DICOM audit message (PS3.15 Annex A.5), event "Export" (110106, DCM, A.5.3.6): data
 * leaves the hospital's security domain. Participants: the radiologist who exported (requestor,
 * Source Role ID 110153), RadShare itself (Application 110150), and the platform account as the
 * destination (Destination Media 110154). Participant objects: the patient and the study, by their
 * pseudonyms only, with the SHA-256 of each posted file as object detail. Single-line XML, so it
 * travels in one syslog message.
 */
public final class AtnaMessage {

  private AtnaMessage() {}

  /**
   * The Export audit message for {@code share}, as emitted by {@code auditSourceId} on {@code
   * host}.
   */
  public static String export(ShareEntry share, String auditSourceId, String host) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("AuditMessage");
      event(x, share);
      participant(
          x,
          share.actor().osUser(),
          share.actor().viewerUser().orElse(null),
          true,
          host,
          "110153",
          "Source Role ID");
      participant(x, "RadShare", null, false, host, "110150", "Application");
      participant(
          x,
          share.platform() + ":" + share.account(),
          null,
          false,
          null,
          "110154",
          "Destination Media");
      x.writeStartElement("AuditSourceIdentification");
      x.writeAttribute("AuditSourceID", auditSourceId);
      code(x, "AuditSourceTypeCode", "4", "RFC-3881", "Application Server process tier");
      x.writeEndElement();
      patient(x, share.patientRef());
      study(x, share);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write an audit message to memory", e);
    }
    return out.toString();
  }

  /** EventOutcomeIndicator: 0 posted, 4 cancelled (minor), 8 failed (serious). */
  static String outcomeIndicator(ShareEntry share) {
    ShareOutcome o = share.outcome().orElse(null);
    if (o instanceof ShareOutcome.Posted) {
      return "0";
    }
    return o instanceof ShareOutcome.Failed ? "8" : "4";
  }

  private static void event(XMLStreamWriter x, ShareEntry share) throws XMLStreamException {
    x.writeStartElement("EventIdentification");
    x.writeAttribute("EventActionCode", "R");
    Instant when = share.resultAt().orElse(share.at()).truncatedTo(ChronoUnit.MILLIS);
    x.writeAttribute("EventDateTime", when.toString());
    x.writeAttribute("EventOutcomeIndicator", outcomeIndicator(share));
    code(x, "EventID", "110106", "DCM", "Export");
    if (share.outcome().orElse(null) instanceof ShareOutcome.Failed f) {
      x.writeStartElement("EventOutcomeDescription");
      x.writeCharacters(f.reason());
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void participant(
      XMLStreamWriter x,
      String userId,
      String alternative,
      boolean requestor,
      String host,
      String role,
      String roleName)
      throws XMLStreamException {
    x.writeStartElement("ActiveParticipant");
    x.writeAttribute("UserID", userId);
    if (alternative != null) {
      x.writeAttribute("AlternativeUserID", alternative);
    }
    x.writeAttribute("UserIsRequestor", Boolean.toString(requestor));
    if (host != null) {
      x.writeAttribute("NetworkAccessPointID", host);
      x.writeAttribute("NetworkAccessPointTypeCode", "1");
    }
    code(x, "RoleIDCode", role, "DCM", roleName);
    x.writeEndElement();
  }

  private static void patient(XMLStreamWriter x, String pseudonym) throws XMLStreamException {
    x.writeStartElement("ParticipantObjectIdentification");
    x.writeAttribute("ParticipantObjectID", pseudonym);
    x.writeAttribute("ParticipantObjectTypeCode", "1");
    x.writeAttribute("ParticipantObjectTypeCodeRole", "1");
    code(x, "ParticipantObjectIDTypeCode", "2", "RFC-3881", "Patient Number");
    x.writeEndElement();
  }

  private static void study(XMLStreamWriter x, ShareEntry share) throws XMLStreamException {
    x.writeStartElement("ParticipantObjectIdentification");
    x.writeAttribute("ParticipantObjectID", share.studyRef());
    x.writeAttribute("ParticipantObjectTypeCode", "2");
    x.writeAttribute("ParticipantObjectTypeCodeRole", "3");
    code(x, "ParticipantObjectIDTypeCode", "110180", "DCM", "Study Instance UID");
    x.writeStartElement("ParticipantObjectDescription");
    x.writeCharacters("pseudonymous reference (keyed hash); RadShare intent " + share.intentId());
    x.writeEndElement();
    for (MediaRef m : share.media()) {
      x.writeEmptyElement("ParticipantObjectDetail");
      x.writeAttribute("type", "RadShare posted media SHA-256");
      x.writeAttribute(
          "value",
          java.util.Base64.getEncoder()
              .encodeToString(m.sha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
    x.writeEndElement();
  }

  private static void code(
      XMLStreamWriter x, String element, String code, String system, String text)
      throws XMLStreamException {
    x.writeEmptyElement(element);
    x.writeAttribute("csd-code", code);
    x.writeAttribute("codeSystemName", system);
    x.writeAttribute("originalText", text);
  }
}
