/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.phi.PhiLexicon;

/**
 * Generated patients and captions: whatever invented name a header holds, the caption scanner finds
 * it in any of the ways people write it, and finds nothing in clinical text without it.
 */
class CaptionScannerPropertiesTest {

  private static final List<String> SYLLABLES =
      List.of(
          "ka", "lo", "mi", "ren", "tas", "vo", "bri", "zel", "dun", "fa", "gor", "hul", "jin",
          "qui", "sto", "wex", "yar", "pel", "nor", "dri", "osk", "ulm", "thep", "zav");

  private static final List<String> CARRIERS =
      List.of(
          "Teaching case: %s, CT abdomen with contrast #RadRes",
          "%s follow-up shows interval improvement of the effusion",
          "Thanks to %s for the referral! 🙏",
          "Pt %s - 3.2 cm RUL nodule, spiculated",
          "Case review (%s): classic comb sign in Crohn disease",
          "病例 %s 肺结节随访");

  private static final List<String> CLINICAL =
      List.of(
          "Classic Crohn disease with skip lesions #FOAMrad",
          "Parkinson disease: loss of the swallow-tail sign on SWI",
          "3.2 cm mass at C5-C6 with T2 hyperintensity",
          "Window 400/40, slice 120/512, 1.25 mm reconstructions",
          "72-year-old man with 3 days of abdominal pain",
          "Follow @radiopaedia for more #FOAMed",
          "Salter-Harris II fracture of the distal radius",
          "CT angiogram at 70 kVp, 40 ml contrast, DLP 320 mGy cm",
          "MRI brain: DWI restriction in the left MCA territory",
          "Case of the month for March 2024! Answer tomorrow 🧠",
          "Bosniak IIF cyst, follow-up in 6 months",
          "Bilateral hilar lymphadenopathy - sarcoidosis stage 1");

  private record Patient(String family, String given) {}

  private static Patient patient(Random r) {
    return new Patient(word(r, 2 + r.nextInt(2)), word(r, 2));
  }

  private static String word(Random r, int syllables) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 4) {
      for (int i = 0; i < syllables; i++) {
        sb.append(SYLLABLES.get(r.nextInt(SYLLABLES.size())));
      }
    }
    return sb.toString();
  }

  private static PhiLexicon lexicon(Patient p) {
    String json =
        "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\""
            + p.family().toUpperCase(Locale.ROOT)
            + "^"
            + p.given().toUpperCase(Locale.ROOT)
            + "\"}]}}";
    try {
      return PhiLexicon.from(DicomJsonReader.read(json));
    } catch (DicomJsonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String written(Patient p, Random r) {
    String f = p.family();
    String g = p.given();
    String form =
        switch (r.nextInt(9)) {
          case 0 -> g + " " + f;
          case 1 -> f + " " + g;
          case 2 -> f + ", " + g;
          case 3 -> g.charAt(0) + ". " + f;
          case 4 -> f + " " + g.charAt(0);
          case 5 -> f + "^" + g;
          case 6 -> f;
          case 7 -> g;
          default -> "Mr " + f;
        };
    return disguise(form, r);
  }

  /** Case changes, diacritics, homoglyphs and invisible characters people (or spammers) use. */
  private static String disguise(String s, Random r) {
    s =
        switch (r.nextInt(3)) {
          case 0 -> s.toUpperCase(Locale.ROOT);
          case 1 -> s.toLowerCase(Locale.ROOT);
          default -> titleCase(s);
        };
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int roll = r.nextInt(12);
      if (roll == 0 && "aeoAEO".indexOf(c) >= 0) {
        sb.append(
            switch (c) {
              case 'a' -> 'á';
              case 'e' -> 'é';
              case 'o' -> 'ö';
              case 'A' -> 'Á';
              case 'E' -> 'É';
              default -> 'Ö';
            });
      } else if (roll == 1 && "aeopcAEOPC".indexOf(c) >= 0) {
        sb.append("аеорсАЕОРС".charAt("aeopcAEOPC".indexOf(c))); // Cyrillic look-alikes
      } else {
        sb.append(c);
      }
      if (roll == 2 && Character.isLetter(c)) {
        sb.append('\u200B');
      }
    }
    return sb.toString();
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  @Property(tries = 400)
  void everyWrittenFormOfTheNameIsFound(@ForAll long seed) {
    Random r = new Random(seed);
    Patient p = patient(r);
    String name = written(p, r);
    String carrier = CARRIERS.get(r.nextInt(CARRIERS.size()));
    String caption = String.format(carrier, name);
    int start = caption.indexOf(name);
    List<CaptionFinding> found = CaptionScanner.scan(caption, lexicon(p));
    assertThat(found)
        .as("finding for a written form of the patient's name")
        .anyMatch(
            f ->
                f.category().equals("PatientName")
                    && f.start() < start + name.length()
                    && start < f.end());
  }

  @Property(tries = 200)
  void clinicalTextWithoutTheNameHasNoFinding(@ForAll long seed) {
    Random r = new Random(seed);
    String caption = CLINICAL.get(r.nextInt(CLINICAL.size()));
    assertThat(CaptionScanner.scan(caption, lexicon(patient(r)))).isEmpty();
  }
}
