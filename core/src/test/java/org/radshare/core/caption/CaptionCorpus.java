/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.caption;

import java.util.ArrayList;
import java.util.List;

/**
 * Realistic captions for the synthetic CT header ({@code SyntheticHeaders.CT_JSON}), each
 * identifying span marked with {@code [[…]]}. Written by hand; every name and number is invented.
 */
final class CaptionCorpus {

  private CaptionCorpus() {}

  /** A caption with its markers removed and the spans they marked. */
  record Case(String caption, List<int[]> spans) {}

  static final List<String> MARKED =
      List.of(
          // --- positives: header values in the forms people write them
          "Teaching case from today: [[John Doe]], 72M, RUL spiculated mass. #FOAMrad",
          "[[Mr Doe]]'s CT shows a classic saddle embolus 😱 #RadRes",
          "[[DOE, JOHN]] - incidental adrenal nodule, 1.8 cm, washout 70%",
          "Thanks [[Dr Müller]] for the referral! Great catch on the pneumothorax.",
          "Thanks [[Dr Mueller]] for sending this one",
          "[[Zoe Muller]] referred this fascinating case of situs inversus",
          "Shout-out to [[Siobhan O'Brien]] for the perfect bolus timing #CTtech",
          "[[Li Wei]] did a beautiful job on these reformats",
          "[[J. Doe]] follow-up scan: interval decrease of the effusion",
          "Patient [[Albert]] again with recurrent SBO",
          "[[J○HN D○E]] banner still visible, oops",
          "[[Jοhn Dοe]] (sneaky Greek letters) - lung nodule",
          "[[J\u200Bohn D\u200Boe]] with hidden characters - hepatic cyst",
          "#[[JohnDoe]] case of the week: Chilaiditi sign",
          "MRN [[E421-280-644]] please review the C-spine",
          "pt [[E421280644]] - R distal radius fracture",
          "ID [[£421280644]] read off the film",
          "Old ID [[8377162]] linked to this study",
          "Acc [[ACC20240305001]], CT chest PE protocol",
          "Scanned on [[2024-03-05]] at [[14:32]]",
          "Study date [[03/05/2024]], pulmonary embolism",
          "Scanned [[5 March 2024]] - large pericardial effusion",
          "Scanned [[March 5th, 2024]]: aortic dissection type A",
          "From [[05.03.2024]]: Bosniak IIF cyst",
          "DOB [[14/07/1952]], incidental AAA 5.6 cm",
          "Born [[July 14, 1952]]; aortic stenosis with heavy calcification",
          "Imaged at [[Springfield General Hospital]] ED last night",
          "Great case from [[Springfield]] #RadRes",
          "Sent from [[Shelbyville]] for a second opinion",
          "Patient lives on [[Evergreen Terrace]], fell off the roof",
          "Call [[(217) 555-0134]] with results",
          "Scanner [[CTAWP73012]] had a ring artifact today",
          "Credit to [[Dr Hibbert]] for the clinical history",
          "Private tag showed [[XJ99812]] - careful with exports",
          "[[Edna Krabappel]] asked about this one",
          "[[山田太郎]]さんの症例です",
          "e-mail me at [[zoe.muller@springfield-gen.example]] for the full series",
          "Full case: [[https://pacs.example.org/viewer?studyid=4417]]",
          "[[95-year-old]] with hip fracture, subcapital",
          "[[aged 93]], subdural hematoma, mixed density",
          "[[93F]] with dyspnea - large right effusion",
          "She lives at [[221 Baker Street]] apparently",
          "SSN [[123-45-6789]] was on the requisition, removed",
          "[[MRN 7654321]] - please don't share",
          "[[D0E]] and [[J0HN]] on the OCR overlay",
          "[[Doe]], 72, with Pancoast tumour",
          "Scanned [[2O24-O3-O5]] per the overlay",
          "[[DOE^JOHN^ALBERT]] in the DICOM banner",
          "[[Doe J]] left hip arthroplasty",
          "Reformats by [[Wei Li]] #3Dimaging",
          // --- negatives: realistic captions with nothing identifying
          "Classic Crohn disease with skip lesions and comb sign #FOAMrad #RadRes",
          "Parkinson disease: loss of the swallow-tail sign on SWI",
          "Hodgkin lymphoma with bulky mediastinal nodes",
          "Wilms tumor in a 4-year-old, claw sign",
          "Baker cyst rupture mimicking DVT",
          "Colles fracture vs Smith fracture: know the difference! #MSKrad",
          "Barrett esophagus with a distal stricture",
          "Meckel diverticulum with a tc-99m scan correlate",
          "Zenker diverticulum on barium swallow",
          "Chiari I malformation, tonsils 9 mm below the foramen magnum",
          "Dandy-Walker malformation: enlarged posterior fossa",
          "Graves disease: diffusely increased uptake",
          "Hashimoto thyroiditis on ultrasound",
          "Paget disease of the pelvis, cortical thickening",
          "Kawasaki disease with coronary aneurysms",
          "Cushing syndrome with bilateral adrenal hyperplasia",
          "Addison disease: small calcified adrenals",
          "Huntington disease with caudate atrophy",
          "Alzheimer disease: hippocampal volume loss",
          "3.2 cm mass at C5-C6 with T2 hyperintensity",
          "Window 400/40, slice 120/512, 1.25 mm reconstructions",
          "Case of the month for March 2024! Answer tomorrow 🧠",
          "72-year-old man with 3 days of abdominal pain",
          "Follow @radiopaedia for more #FOAMed",
          "Great resource: https://radiopaedia.org",
          "See https://radiopaedia.org/articles/pulmonary-embolism",
          "RUL 8 mm nodule, Fleischner 2017 guidelines apply",
          "LI-RADS 5 observation in segment 7",
          "Type B aortic dissection, DeBakey IIIb",
          "Pneumoperitoneum: Rigler sign and football sign",
          "Salter-Harris II fracture of the distal radius",
          "Bosniak 2019 classification: IIF cyst",
          "CT angiogram at 70 kVp, 40 ml contrast, DLP 320 mGy cm",
          "Quiz: what is the diagnosis? 🤔 #RadRes #MedEd",
          "Bilateral hilar lymphadenopathy - sarcoidosis stage 1",
          "Normal variant: azygos fissure",
          "Spot the fracture! Hint: look at the scaphoid",
          "MRI brain: DWI restriction in the left MCA territory",
          "Ultrasound: gallbladder wall 4 mm, positive Murphy sign",
          "Ratio 1:3, grade 2 of 4",
          "PI-RADS 4 lesion in the left peripheral zone, 12 mm",
          "Teaching point: the double duct sign",
          "Radiology department journal club tonight",
          "Happy new year from the general radiology team 🎉",
          "Morning rounds: 3 lesions in place, stable since 2021",
          "Dose 12.5 mGy, ED 4.2 mSv",
          "ASPECTS 7, NIHSS 14, onset 3 h",
          "Slice thickness 0.625 mm, pitch 0.984",
          "T1 C+ fat sat shows avid enhancement",
          "肺癌の症例です 🫁 CTで腫瘤",
          "90 degree flexion view, 95% confidence",
          "Age 89 with AAA - EVAR planned",
          "Good morning from the reading room ☕");

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String marked : MARKED) {
      StringBuilder caption = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      int i = 0;
      while (i < marked.length()) {
        int open = marked.indexOf("[[", i);
        if (open < 0) {
          caption.append(marked, i, marked.length());
          break;
        }
        int close = marked.indexOf("]]", open);
        caption.append(marked, i, open);
        int start = caption.length();
        caption.append(marked, open + 2, close);
        spans.add(new int[] {start, caption.length()});
        i = close + 2;
      }
      out.add(new Case(caption.toString(), spans));
    }
    return out;
  }
}
