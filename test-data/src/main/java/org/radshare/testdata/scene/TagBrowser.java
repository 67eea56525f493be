/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.radshare.testdata.header.HeaderFactory;
import org.radshare.testdata.header.Modality;
import org.radshare.testdata.header.Tag;
import org.radshare.testdata.identity.DateForms;
import org.radshare.testdata.identity.Patient;
import org.radshare.testdata.identity.PatientFactory;
import org.radshare.testdata.render.Canvas;
import org.radshare.testdata.render.Ink;

/**
 * A screenshot of a viewer's DICOM attribute window: tags, keywords and VRs are benign, the values
 * are the header's own identifiers in their raw DICOM form.
 */
final class TagBrowser {

  private TagBrowser() {}

  private record Row(Tag tag, String value, boolean phi) {}

  static Still still(String id, long seed) {
    Patient p = PatientFactory.create(seed, false, 18, 88);
    BufferedImage img = new BufferedImage(Screenshots.W, Screenshots.H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(246, 246, 248));
    g.fillRect(0, 0, Screenshots.W, Screenshots.H);
    g.setColor(new Color(200, 212, 232));
    g.fillRect(0, 0, Screenshots.W, 28);
    g.setColor(new Color(226, 226, 232));
    g.fillRect(10, 40, Screenshots.W - 20, 24);
    g.dispose();
    Canvas cv = new Canvas(img);
    Color dark = new Color(24, 24, 28);
    Ink title = new Ink("Dialog", Font.BOLD, 13, dark, true);
    cv.benign("DICOM Information", title, 12, 19);
    String name = p.name().alphabetic();
    cv.phi(name, Tag.PatientName.name(), title, Screenshots.W - 12 - cv.advance(name, title), 19);
    Ink head = new Ink("Dialog", Font.BOLD, 12, dark, true);
    Ink cell = new Ink("Dialog", Font.PLAIN, 12, dark, true);
    Ink mono = new Ink("Monospaced", Font.PLAIN, 12, dark, true);
    int[] cols = {18, 128, 360, 410};
    String[] heads = {"Tag", "Keyword", "VR", "Value"};
    for (int c = 0; c < cols.length; c++) {
      cv.benign(heads[c], head, cols[c], 57);
    }
    int y = 88;
    for (Row r : rows(p)) {
      String hex = r.tag().hex();
      cv.benign("(" + hex.substring(0, 4) + "," + hex.substring(4) + ")", mono, cols[0], y);
      cv.benign(r.tag().name(), cell, cols[1], y);
      cv.benign(r.tag().vr(), mono, cols[2], y);
      if (r.phi()) {
        cv.phi(r.value(), r.tag().name(), mono, cols[3], y);
      } else {
        cv.benign(r.value(), mono, cols[3], y);
      }
      y += 24;
    }
    return new Still(
        id,
        "screenshot",
        "Screenshot of a DICOM attribute window: raw header values (caret names, DICOM dates,"
            + " backslash-separated IDs) beside benign tags and keywords",
        cv.image(),
        cv.regions(),
        HeaderFactory.build(
            p,
            new HeaderFactory.Capture(
                Modality.SCREEN, Screenshots.H, Screenshots.W, true, 1, 1, seed)),
        p);
  }

  private static List<Row> rows(Patient p) {
    return List.of(
        new Row(Tag.StudyDate, DateForms.da(p.studyDate()), true),
        new Row(Tag.StudyTime, DateForms.tm(p.studyTime()), true),
        new Row(Tag.AccessionNumber, p.accession(), true),
        new Row(Tag.Modality, "CT", false),
        new Row(Tag.InstitutionName, p.institution(), true),
        new Row(Tag.ReferringPhysicianName, p.referring().alphabetic(), true),
        new Row(Tag.PatientName, p.name().alphabetic(), true),
        new Row(Tag.PatientID, p.patientId(), true),
        new Row(Tag.IssuerOfPatientID, p.issuer(), true),
        new Row(Tag.PatientBirthDate, DateForms.da(p.birthDate()), true),
        new Row(Tag.PatientSex, p.sex(), false),
        new Row(Tag.OtherPatientIDs, String.join("\\", p.otherIds()), true),
        new Row(Tag.PatientAddress, p.patientAddress(), true),
        new Row(Tag.DeviceSerialNumber, p.deviceSerial(), true),
        new Row(Tag.BurnedInAnnotation, "YES", false),
        new Row(Tag.SOPClassUID, Modality.SCREEN.sopClass(), false));
  }
}
