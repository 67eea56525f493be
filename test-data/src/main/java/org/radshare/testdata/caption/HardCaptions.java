/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.radshare.testdata.identity.PersonName;
import org.radshare.testdata.scene.Still;

/**
 * The harder caption set ({@code captions-hard.json}): seeded random captions where the header's
 * name or ID is obfuscated (spaced, dotted, zero-width, emoji, right-to-left override, homoglyphs,
 * case, full-width and other digit scripts), where identifiers need no header (other people's names
 * after cue words, institutions, dates, SSN, ZIP, IP, VIN, plates, phone, e-mail, ages over 89 in
 * words, record-number-like runs), and decoys that must stay clean (eponyms, anatomy, measurements,
 * scores, years). About half are positive; each identifying piece is in the truth.
 */
public final class HardCaptions {

  /** The seed the committed set is generated with. */
  public static final long SEED = 0x5EED_0900L;

  /** How many cases the set holds. */
  public static final int COUNT = 480;

  private HardCaptions() {}

  public static List<CaptionCases.Case> generate(List<Still> stills, long seed) {
    Random r = new Random(seed);
    List<CaptionCases.Case> out = new ArrayList<>();
    for (int i = 0; out.size() < COUNT; i++) {
      Still s = stills.get(r.nextInt(stills.size()));
      if (!s.patient().name().ideographic().isEmpty()) {
        continue; // obfuscations are of Latin letters
      }
      boolean positive = i % 2 == 0;
      Caption c = new Caption().t(pick(r, OPENERS));
      String what;
      if (positive) {
        what = leak(c, s, r);
      } else {
        what = "decoy";
        c.t(pick(r, DECOYS));
        if (r.nextBoolean()) {
          c.t("; " + pick(r, DECOYS));
        }
      }
      c.t(pick(r, CLOSERS));
      if (!positive && CaptionCases.leaks(c.text(), s.patient())) {
        continue;
      }
      out.add(
          new CaptionCases.Case(
              String.format(Locale.ROOT, "h%03d", out.size() + 1),
              s.id() + ".header.json",
              c.text(),
              c.phi(),
              (positive ? "positive: " : "negative: ") + what));
    }
    return out;
  }

  /** Appends one identifying piece to {@code c}; returns what kind it is. */
  private static String leak(Caption c, Still s, Random r) {
    PersonName n = s.patient().name();
    String plainFamily = PersonName.stripDiacritics(n.family()).replaceAll("[^A-Za-z]", "");
    String plainGiven = PersonName.stripDiacritics(n.given()).replaceAll("[^A-Za-z]", "");
    int kind = r.nextInt(12);
    switch (kind) {
      case 0, 1 -> {
        String name = r.nextBoolean() ? plainFamily : plainGiven + " " + plainFamily;
        String tricks = Obfuscation.pickTricks(r);
        c.p(Obfuscation.apply(name, tricks, r), "PatientName");
        return "obfuscated name (" + tricks + ")";
      }
      case 2 -> {
        String id = s.patient().patientId().replaceAll("[^A-Za-z0-9]", "");
        String tricks = Obfuscation.pickTricks(r);
        c.t("ID ").p(Obfuscation.apply(id, tricks, r), "PatientID");
        return "obfuscated ID (" + tricks + ")";
      }
      case 3 -> {
        OtherPeople.cueName(c, r);
        return "another person's name after a cue";
      }
      case 4 -> {
        OtherPeople.institution(c, r);
        return "institution not in the header";
      }
      case 5, 6 -> {
        c.p(HeaderFree.date(r), "Date");
        return "date not in the header";
      }
      default -> {
        String[] piece = HeaderFree.number(r);
        c.t(piece[0]).p(piece[1], piece[2]);
        return "header-free " + piece[2];
      }
    }
  }

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static final List<String> OPENERS =
      List.of(
          "",
          "Case of the day: ",
          "Teaching file \u2014 ",
          "Quiz time! ",
          "\uD83E\uDDE0 ",
          "Follow-up: ",
          "ED consult, ",
          "Interesting one: ",
          "CT abdomen, ",
          "MRI knee: ",
          "#FOAMrad ",
          "From the archive: ");

  private static final List<String> CLOSERS =
      List.of(
          "",
          ".",
          " #RadRes",
          " \uD83D\uDD25",
          " (see thread)",
          " \u2014 what do you see?",
          " #MedEd #FOAMrad",
          ", answer tomorrow.",
          " \uD83D\uDE4F");

  /** Text that looks risky and identifies no one. */
  static final List<String> DECOYS =
      List.of(
          "Crohn disease with skip lesions",
          "Hodgkin lymphoma, bulky mediastinum",
          "Graves disease, diffusely enlarged thyroid",
          "Wilms tumour with a claw sign",
          "aneurysm of the Circle of Willis",
          "Colles fracture, dorsal angulation",
          "ruptured Baker's cyst",
          "fluid in the pouch of Douglas",
          "Parkinson disease, absent swallow-tail sign",
          "non-Hodgkin lymphoma of the orbit",
          "Crohn's with a comb sign",
          "Legg-Calv\u00e9-Perthes disease",
          "Segond fracture, look for the ACL",
          "Monteggia fracture-dislocation",
          "T2 FLAIR, 5 mm slices",
          "3.2 x 4.1 cm mass at C5-C6",
          "2.4 \u00d7 1.8 cm lesion, 38 HU",
          "Day 3 post-op, no collection",
          "an 89-year-old with a hip fracture",
          "an eighty-nine-year-old with a hip fracture",
          "a 45-year-old runner",
          "Fleischner 2017 guidelines: no follow-up",
          "RSNA 2025 in Chicago",
          "Case of the month for March 2024",
          "BI-RADS 4, TI-RADS 3",
          "Bosniak IIF cyst, follow-up in 6 months",
          "CPT 74177 for the coders",
          "DLP 450 mGy\u00b7cm, CTDIvol 8.1 mGy",
          "Series 4, image 112",
          "Window 400/40, slice 120/512",
          "L4-L5 disc extrusion, Schmorl node at L2",
          "MS plaques: Dawson fingers on FLAIR",
          "MR enterography of terminal ileitis",
          "Child-Pugh B cirrhosis with varices",
          "Sister Mary Joseph nodule on CT",
          "March fracture of the second metatarsal",
          "these 3 may be incidental",
          "Fracture Clinic follow-up in 6 weeks",
          "ASPECTS 7 at 2 h 15 min from onset",
          "Tc-99m MAG3: split function 42% / 58%",
          "ICD-10 K35.80",
          "1 in 1000 chance",
          "patient positioning matters",
          "Don't miss the Segond fracture",
          "Salter-Harris II fracture of the distal radius",
          "Kienb\u00f6ck disease, stage IIIa",
          "Hirschsprung disease: transition zone",
          "T2N1M0 rectal cancer, CRM clear by 3 mm",
          "SUVmax 14.2 in a 2 cm node",
          "Tanner stage 3, bone age 12 years",
          "HU 45 60 75 on the three phases",
          "BP 120/80 mmHg, HR 72",
          "levels C5-C6 and T12-L1",
          "1.5T and 3T, b-value 1000",
          "ADC 0.8 x 10-3 mm2/s",
          "matrix 512 x 512, FOV 24 cm",
          "kVp 120, mAs 250, pitch 0.984",
          "GCS 15, 12-lead ECG normal",
          "2 of 3 nodules calcified",
          "journal club, June 2019",
          "Weasis 4.7.2 and Tesseract 5.5.0",
          "our children's hospital sees a lot of these",
          "University Hospital guidelines",
          "the teaching hospital's protocol",
          "Patient Safety Week",
          "Patient Experience matters",
          "House MD would have missed this",
          "grade 3 of 4, stage IIB",
          "T1 pre, T1 post, T2 fat-sat",
          "a 17-year-old footballer");
}
