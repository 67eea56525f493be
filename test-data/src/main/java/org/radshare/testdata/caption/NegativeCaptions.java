/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.caption;

import java.util.List;

/**
 * Teaching captions that identify no one: eponyms, hashtags, measurements, anatomy, emoji, CJK
 * text, dates and numbers unrelated to any header, and public URLs.
 */
final class NegativeCaptions {

  private NegativeCaptions() {}

  /** Each entry: the caption and what makes it a tempting false positive. */
  static final List<String[]> BASE =
      List.of(
          new String[] {
            "Classic Parkinson disease: loss of the swallow-tail sign on SWI.", "eponym Parkinson"
          },
          new String[] {
            "Crohn disease with skip lesions in the terminal ileum and a comb sign.", "eponym Crohn"
          },
          new String[] {
            "Hodgkin lymphoma: bulky anterior mediastinal mass, 9 cm.",
            "eponym Hodgkin, measurement"
          },
          new String[] {
            "Wilms tumour in a 4-year-old \u2014 note the claw sign.", "eponym Wilms, young age"
          },
          new String[] {"Ruptured Baker cyst mimicking DVT on ultrasound.", "eponym Baker"},
          new String[] {"Free fluid in Morison pouch after blunt trauma.", "eponym Morison"},
          new String[] {
            "Kienb\u00f6ck disease: sclerotic lunate, stage IIIa.", "eponym with diacritic"
          },
          new String[] {
            "M\u00e9n\u00e9trier disease with giant gastric folds.", "eponym with diacritics"
          },
          new String[] {"Sj\u00f6gren syndrome: honeycomb parotids on MRI.", "eponym Sj\u00f6gren"},
          new String[] {
            "Hirschsprung disease: transition zone in the rectosigmoid.", "eponym Hirschsprung"
          },
          new String[] {
            "Meckel diverticulum lighting up on the pertechnetate scan.", "eponym Meckel"
          },
          new String[] {
            "Osgood-Schlatter disease in a teenage footballer \u26bd", "hyphenated eponym, emoji"
          },
          new String[] {
            "Legg-Calv\u00e9-Perthes disease: flattened femoral epiphysis.", "triple eponym"
          },
          new String[] {"Budd-Chiari syndrome with caudate lobe hypertrophy.", "hyphenated eponym"},
          new String[] {
            "Chiari I malformation, tonsils 9 mm below the foramen magnum.", "eponym, measurement"
          },
          new String[] {
            "Hashimoto thyroiditis: heterogeneous, hypoechoic gland.", "Japanese eponym"
          },
          new String[] {"Takayasu arteritis with smooth long-segment stenosis.", "Japanese eponym"},
          new String[] {
            "Paget disease of bone: picture-frame vertebra at L3.", "eponym Paget, level"
          },
          new String[] {"Bankart and Hill-Sachs lesions after anterior dislocation.", "eponyms"},
          new String[] {"Segond fracture = look for the ACL tear!", "eponym Segond"},
          new String[] {"Jefferson fracture of C1 on the odontoid view.", "eponym Jefferson"},
          new String[] {"Chance fracture at T12 after a seatbelt injury.", "eponym Chance"},
          new String[] {"Ewing sarcoma with onion-skin periosteal reaction.", "eponym Ewing"},
          new String[] {"Pancoast tumour eroding the second rib.", "eponym Pancoast"},
          new String[] {"Klatskin tumour at the hilar confluence.", "eponym Klatskin"},
          new String[] {"Bosniak IIF cyst, follow-up in 6 months.", "classification number"},
          new String[] {
            "Monteggia fracture-dislocation: always image the elbow.", "eponym Monteggia"
          },
          new String[] {"Colles fracture with dorsal angulation of 25 degrees.", "eponym Colles"},
          new String[] {"Alzheimer disease: hippocampal atrophy, MTA score 3.", "eponym, score"},
          new String[] {"Huntington disease with caudate atrophy.", "eponym Huntington"},
          new String[] {"Cushing syndrome and bilateral adrenal hyperplasia.", "eponym Cushing"},
          new String[] {
            "Graves disease: diffusely enlarged hypervascular thyroid.", "eponym Graves"
          },
          new String[] {"Wilson disease: face of the giant panda sign.", "eponym Wilson"},
          new String[] {"Kawasaki disease with coronary aneurysms.", "eponym Kawasaki"},
          new String[] {"Addison disease: small calcified adrenals.", "eponym Addison"},
          new String[] {"Kaposi sarcoma in the lungs: flame-shaped nodules.", "eponym Kaposi"},
          new String[] {
            "Series 4, image 112: 3.4 x 2.1 cm hypodense lesion, 38 HU.", "numbers that are not IDs"
          },
          new String[] {"SUVmax 14.2, DLP 450 mGy\u00b7cm, CTDIvol 8.1 mGy.", "dose numbers"},
          new String[] {"BI-RADS 4, TI-RADS 3, PI-RADS 5, LI-RADS 4: know your RADS.", "scores"},
          new String[] {
            "ASPECTS 7 at 2 h 15 min from onset, thrombectomy done.", "numbers and times"
          },
          new String[] {"T2N1M0 rectal cancer, mesorectal fascia clear by 3 mm.", "TNM code"},
          new String[] {"Aortic diameter 52 mm, up from 47 mm in 2019.", "year only"},
          new String[] {
            "Presented at ECR 2025 in Vienna, February 2025.", "conference month and year"
          },
          new String[] {"Journal club 2018/19: dual-energy CT for gout.", "academic year"},
          new String[] {"Our department turned 50 in May 2012 \uD83C\uDF82", "anniversary month"},
          new String[] {"More at https://radiopaedia.org/articles/wilms-tumour", "public URL"},
          new String[] {"Reference: https://pubs.rsna.org/journal/radiology", "public URL"},
          new String[] {
            "Case of the week \uD83E\uDDE0\uD83D\uDD25 #FOAMrad #RadRes", "hashtags, emoji"
          },
          new String[] {
            "Anatomy quiz: name the structure at the arrow \uD83D\uDC40 #MedEd", "emoji, hashtag"
          },
          new String[] {"Right lower lobe consolidation with air bronchograms.", "anatomy only"},
          new String[] {
            "Left MCA hyperdense vessel sign \u2014 time is brain.", "anatomy, left/right"
          },
          new String[] {"Normal variant: accessory ossicle (os trigonum).", "anatomy"},
          new String[] {
            "\u5178\u578b\u7684\u306a\u809d\u7d30\u80de\u764c\u306e\u753b\u50cf\u6240\u898b\u3067\u3059\u3002",
            "Japanese text, no name"
          },
          new String[] {
            "\u5178\u578b\u75c5\u4f8b\uff1a\u80ba\u90e8\u78e8\u73bb\u7483\u7ed3\u8282\uff0c\u5927\u5c0f 8 mm\u3002",
            "Chinese text, measurement"
          },
          new String[] {
            "\ub1cc\uacbd\uc0c9 \uc99d\ub840: \ud655\uc0b0 \uc81c\ud55c \uc18c\uacac", "Korean text"
          },
          new String[] {"Gamna-Gandy bodies in the spleen on SWI.", "eponym pair"},
          new String[] {"Lhermitte-Duclos disease: tiger-striped cerebellum.", "eponym pair"},
          new String[] {"Tc-99m MAG3: split function 42% / 58%.", "numbers, percentages"},
          new String[] {"1 in 1000 chance, said the textbook. Not today. \uD83D\uDE05", "numbers"},
          new String[] {
            "Phone a friend? No \u2014 call a radiologist. #RadTwitter", "word phone without number"
          },
          new String[] {"Whipple procedure anatomy, post-op day 1.", "eponym Whipple"},
          new String[] {
            "Fleischner 2017 guidelines: no follow-up for this 4 mm nodule.", "society eponym, year"
          },
          new String[] {"House MD would have missed this one \uD83D\uDE09", "fictional doctor"},
          new String[] {"Bones the skeleton says: check the C-spine.", "mascot, not a patient"},
          new String[] {"ICD-10 K35.80, CPT 74177 for the coders.", "codes that are not IDs"});

  static final String[] SUFFIXES = {
    "",
    " #FOAMrad",
    " #RadRes #MedEd",
    " \uD83E\uDE7B",
    " (teaching file)",
    " See https://radiopaedia.org"
  };
}
