/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.List;
import java.util.Set;

/**
 * Medical eponyms: surnames that in a caption name a disease, sign or structure, not a person.
 *
 * <p>The rule (because a patient may really be called Parkinson): a name match on an eponym is
 * dropped only when the text uses it as an eponym — followed, possibly through further eponyms
 * ({@code Dandy-Walker}), by a medical head noun ({@code disease}, {@code syndrome}, {@code
 * fracture}, {@code cyst}…), preceded by {@code non-} or {@code of} ({@code non-Hodgkin}, {@code
 * pouch of Douglas}), or written possessive ({@code Crohn's}). The possessive alone is not enough
 * for eponyms that are also very common surnames ({@code Smith's}, {@code Baker's}, {@code
 * Wilson's}): those need the head noun. Anywhere else (e.g. {@code Mr Parkinson}, an OCR banner
 * reading {@code PARKINSON^JAMES}) the name still matches.
 */
final class MedicalEponyms {

  private MedicalEponyms() {}

  static final Set<String> EPONYMS =
      words(
          """
          parkinson crohn hodgkin wilms alzheimer huntington cushing addison graves hashimoto
          paget kawasaki wegener baker colles smith barrett meckel zenker chiari dandy walker
          kaposi ewing burkitt hirschsprung perthes legg calve osgood schlatter scheuermann
          kienbock sudeck wilson bell brown sequard guillain barre creutzfeldt jakob klatskin
          krukenberg virchow morton bankart hill sachs segond monteggia galeazzi jefferson chance
          boerhaave mallory weiss budd caroli bosniak lisfranc maisonneuve salter harris pott
          tillaux bennett rolando barton hoffa baastrup forestier modic schmorl tornwaldt warthin
          pancoast kerley westermark hampton fleischner morgagni bochdalek dieulafoy ogilvie meigs
          sjogren takayasu behcet reiter whipple menetrier zollinger ellison peutz jeghers gardner
          cowden lynch hippel lindau sturge weber marfan ehlers danlos turner klinefelter wernicke
          korsakoff binswanger pick lewy fahr klippel feil trenaunay rokitansky aschoff luschka
          gerota glisson couinaud riedel hartmann calot oddi vater wirsung santorini treitz
          douglas willis monro fallot ebstein kommerell stanford debakey bourneville
          recklinghausen gaucher niemann tay hurler morquio caffey blount kohler freiberg sever
          sinding larsen madelung sprengel erb klumpke horner brodie codman hutchinson garre
          mondor poland leriche raynaud buerger kussmaul cheyne stokes adams graves plummer vinson
          killian jamieson cooper spigelian amyand littre richter grynfeltt petit bartholin skene
          gartner nabothian stein leventhal asherman mayer wolff fitz hugh curtis mirizzi bouveret
          rigler chilaiditi kartagener mounier kuhn swyer james macleod lofgren kikuchi castleman
          rosai dorfman erdheim chester langerhans letterer siwe schuller christian bing neel
          dupuytren ledderhose peyronie nora trevor ollier maffucci mazabraud albright jaffe
          lichtenstein enneking
          """);

  /** Eponyms that are also very common surnames: the possessive alone does not make them one. */
  private static final Set<String> COMMON_SURNAMES =
      words(
          """
          smith baker barrett wilson brown hill walker harris turner bell james adams cooper
          christian douglas gardner lynch hugh curtis chester morton hampton stokes mayer weber
          stein kuhn richter jefferson chance nora trevor poland larsen
          """);

  static final Set<String> HEAD_NOUNS =
      words(
          """
          disease diseases syndrome syndromes sign signs lymphoma lymphomas tumor tumour tumors
          tumours cyst cysts fracture fractures esophagus oesophagus diverticulum diverticula
          malformation anomaly granulomatosis thyroiditis phenomenon triad test reflex node nodes
          nodule ulcer ulcers line lines ligament fascia canal space classification criteria score
          procedure operation angle sarcoma dementia chorea colitis ileitis arteritis aneurysm
          deformity lesion lesions cell cells body bodies duct pouch hernia sclerosis palsy
          complex variant type stage grade view projection point ring ratio law effect artifact
          artefact sulcus fissure foramen area nucleus gland glands tubercle capsule apophysitis
          osteochondrosis osteochondritis infarct nodes hamartoma polyp polyps polyposis tear
          lesion avulsion dislocation injury contracture encephalopathy tract diverticulitis
          sarcoidosis bursitis neuroma tumour pattern sequence ampulla segment segments
          classification cyst cysts disorder histiocytosis hyperplasia lymphadenopathy fibroma
          vasculitis arch artery valve chiari malformations esophagitis metaplasia mucosa
          """);

  /** The words of a text block, split on whitespace. */
  static Set<String> words(String block) {
    return Set.copyOf(List.of(block.trim().split("\\s+"))); // tolerates repeats
  }

  private static final List<String> NON_PREFIXES = List.of("non", "anti", "post", "pre");

  static boolean isEponym(String normalized) {
    return EPONYMS.contains(normalized)
        || (normalized.endsWith("s")
            && EPONYMS.contains(normalized.substring(0, normalized.length() - 1)));
  }

  /**
   * True if the eponym token at {@code index} is used as an eponym here.
   *
   * @param text the normalised text the tokens come from
   * @param name the lexicon word the token matched (the token itself may be misspelt)
   */
  static boolean usedAsEponym(String text, List<Token> tokens, int index, String name) {
    Token t = tokens.get(index);
    if (!isEponym(name) && !isEponym(t.text())) {
      return false;
    }
    if (index > 0) {
      Token prev = tokens.get(index - 1);
      String gap = text.substring(prev.end(), t.start());
      if ((NON_PREFIXES.contains(prev.text()) && gap.equals("-")) || prev.text().equals("of")) {
        return true;
      }
      if (isEponym(prev.text()) && gap.trim().equals("-")) {
        return usedAsEponym(text, tokens, index - 1, prev.text())
            || followedByHead(text, tokens, index);
      }
    }
    return followedByHead(text, tokens, index)
        || (isPossessive(text, tokens, index) && !COMMON_SURNAMES.contains(name));
  }

  private static boolean followedByHead(String text, List<Token> tokens, int index) {
    int i = index + 1;
    if (isPossessive(text, tokens, index)
        && i < tokens.size()
        && tokens.get(i).text().equals("s")) {
      i++; // skip the possessive s
    }
    // Further eponyms joined by hyphens or "and" (Dandy-Walker, Legg-Calve-Perthes).
    while (i < tokens.size()
        && (isEponym(tokens.get(i).text()) || tokens.get(i).text().equals("and"))) {
      i++;
    }
    return i < tokens.size() && HEAD_NOUNS.contains(tokens.get(i).text());
  }

  private static boolean isPossessive(String text, List<Token> tokens, int index) {
    int end = tokens.get(index).end();
    return end < text.length() && text.charAt(end) == '\'';
  }
}
