/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radshare.core.dicom.Attribute;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.PersonName;
import org.radshare.core.dicom.Value;
import org.radshare.core.dicom.Vr;
import org.radshare.core.phi.IdentifyingAttributes.Kind;

/**
 * Turns a header into lexicon terms: walks every attribute at every depth, takes the ones {@link
 * IdentifyingAttributes} lists plus every PN, DA, DT and TM value and every private string, and
 * turns each value into the terms its kind calls for. Values are visited in table priority order so
 * that the first category recorded for a date or time is the most important one.
 */
final class LexiconBuilder {

  static final String PRIVATE = "PrivateAttribute";

  private static final Set<String> HONORIFICS =
      Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "doctor", "professor", "sir", "dame");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  // Sets: a multi-frame header repeats the same values thousands of times; each term counts once.
  final java.util.Set<TermGroup> groups = new java.util.LinkedHashSet<>();
  final java.util.Set<IdTerm> ids = new java.util.LinkedHashSet<>();
  final Map<LocalDate, String> dates = new LinkedHashMap<>();
  final Map<String, String> times = new LinkedHashMap<>();
  final java.util.Set<ScriptName> scriptNames = new java.util.LinkedHashSet<>();

  /** A name in a script written without spaces between words (kanji, hiragana, hangul…). */
  record ScriptName(String category, String text) {
    @Override
    public String toString() {
      return "ScriptName[" + category + "]"; // never the value
    }
  }

  static LexiconBuilder from(Dataset header) {
    LexiconBuilder b = new LexiconBuilder();
    List<Attribute> all = new ArrayList<>();
    header.walk((path, a) -> all.add(a));
    all.sort(java.util.Comparator.comparingInt(a -> IdentifyingAttributes.priority(categoryOf(a))));
    for (Attribute a : all) {
      b.add(a);
    }
    return b;
  }

  /** The category a value of this attribute is reported under. */
  static String categoryOf(Attribute a) {
    if (a.isPrivate()) {
      return PRIVATE;
    }
    return IdentifyingAttributes.of(a.tag())
        .map(IdentifyingAttributes.Row::keyword)
        .orElseGet(
            () ->
                switch (a.vr()) {
                  case PN -> "PersonName";
                  case DA -> "Date";
                  case DT -> "DateTime";
                  case TM -> "Time";
                  default -> "";
                });
  }

  private void add(Attribute a) {
    if (a.bulkData() || a.vr() == Vr.SQ) {
      return;
    }
    String category = categoryOf(a);
    Kind kind = kindOf(a);
    if (kind == null || category.isEmpty()) {
      return;
    }
    for (Value v : a.values()) {
      if (v instanceof Value.Name name) {
        addName(category, name.name());
      } else if (!v.asString().isBlank()) {
        addValue(category, kind, v.asString().trim(), a.isPrivate());
      }
    }
  }

  private static Kind kindOf(Attribute a) {
    switch (a.vr()) {
      case PN:
        return Kind.NAME;
      case DA:
        return Kind.DATE;
      case DT:
        return Kind.DATETIME;
      case TM:
        return Kind.TIME;
      default:
        break;
    }
    if (a.isPrivate()) {
      int element = a.tag() & 0xFFFF;
      boolean privateCreator = element >= 0x0010 && element <= 0x00FF;
      return a.vr().isText() && !privateCreator ? Kind.FREE_TEXT : null;
    }
    return IdentifyingAttributes.of(a.tag()).map(IdentifyingAttributes.Row::kind).orElse(null);
  }

  private void addName(String category, PersonName name) {
    TermGroup alphabetic = TermGroup.ofName(category, name.alphabeticComponents());
    if (!alphabetic.isEmpty()) {
      groups.add(alphabetic);
    }
    for (PersonName.Components c :
        List.of(name.ideographicComponents(), name.phoneticComponents())) {
      // Ideographic and phonetic names are not space-separated in text: match them as written.
      String whole = TextNormalizer.normalizeText(c.family() + c.given());
      addScript(category, whole);
      addScript(category, TextNormalizer.normalizeText(c.given() + c.family()));
      addScript(category, TextNormalizer.normalizeText(c.family() + " " + c.given()));
      addScript(category, TextNormalizer.normalizeText(c.given() + " " + c.family()));
      addScript(category, TextNormalizer.normalizeText(c.family()));
      addScript(category, TextNormalizer.normalizeText(c.given()));
      TermGroup g = TermGroup.ofName(category, c);
      if (!g.isEmpty() && isLatin(c.family() + c.given())) {
        groups.add(g);
      }
    }
  }

  private void addScript(String category, String text) {
    if (text.codePointCount(0, text.length()) >= 2 && !isLatin(text)) {
      scriptNames.add(new ScriptName(category, text));
    }
  }

  private static boolean isLatin(String s) {
    return s.chars().allMatch(c -> c < 0x250);
  }

  private void addValue(String category, Kind kind, String value, boolean isPrivate) {
    switch (kind) {
      case NAME -> groups.add(TermGroup.ofName(category, PersonName.Components.parse(value)));
      case ID -> addId(IdTerm.of(category, value));
      case UID -> addId(IdTerm.of(category, value.replace(".", "")));
      case PHONE -> addPhone(category, value);
      case DATE -> addDate(category, value);
      case DATETIME -> {
        addDate(category, value);
        if (value.length() >= 12) {
          addTime(category, value.substring(8));
        }
      }
      case TIME -> addTime(category, value);
      case PHRASE -> {
        TermGroup g = TermGroup.ofPhrase(category, value);
        if (!g.isEmpty()) {
          groups.add(g);
        }
      }
      case FREE_TEXT -> addFreeText(category, value, isPrivate);
    }
  }

  private void addId(IdTerm term) {
    if (term != null) {
      ids.add(term);
    }
  }

  private void addPhone(String category, String value) {
    String digits = value.replaceAll("[^0-9]", "");
    if (digits.length() < 7) {
      addId(IdTerm.of(category, value));
      return;
    }
    addId(IdTerm.of(category, digits));
    // People drop the country or trunk code: also the last 10 and the last 7 digits.
    if (digits.length() > 10) {
      addId(IdTerm.of(category, digits.substring(digits.length() - 10)));
    }
    if (digits.length() > 7) {
      addId(IdTerm.of(category, digits.substring(digits.length() - 7)));
    }
  }

  private void addDate(String category, String value) {
    DateFormats.parseDicomDate(value)
        .ifPresent(
            d -> {
              dates.putIfAbsent(d, category);
              // DICOM form, OCR-tolerant (one edit), for dates read off a banner.
              addId(new IdTerm(category, value.replaceAll("[^0-9]", "").substring(0, 8), 1, false));
            });
  }

  private void addTime(String category, String value) {
    String digits = value.replaceAll("[^0-9].*$", "");
    if (digits.length() < 4) {
      return; // hours alone identify nothing
    }
    String hhmm = digits.substring(0, 2) + ":" + digits.substring(2, 4);
    if (!hhmm.equals("00:00")) {
      times.putIfAbsent(hhmm, category);
    }
  }

  private void addFreeText(String category, String value, boolean isPrivate) {
    if (NUMBER.matcher(value).matches()) {
      return; // a measurement or count, not an identifier
    }
    String normalized = TextNormalizer.normalizeText(value);
    List<Token> tokens = Token.split(normalized);
    for (Token t : tokens) {
      if (t.hasDigit() && t.text().length() >= 5) {
        addId(IdTerm.of(category, t.text()));
      }
    }
    if (isPrivate && !value.contains(" ") && value.chars().anyMatch(Character::isDigit)) {
      addId(IdTerm.of(category, value)); // an identifier with separators, e.g. E421-280-644
    }
    for (DateFormats.Found f : DateFormats.find(normalized)) {
      for (LocalDate d : f.readings()) {
        dates.putIfAbsent(d, category);
      }
    }
    addHonorificNames(category, value);
  }

  /**
   * Names after an honorific ({@code Dr Smith}, {@code MRS JANE DOE}): the next word, and the one
   * after it when it looks like a name too (capitalised in mixed-case text, not an everyday word).
   */
  private void addHonorificNames(String category, String value) {
    TextNormalizer.Normalized n = TextNormalizer.normalize(value);
    List<Token> tokens = Token.split(n.text());
    boolean allCaps = value.equals(value.toUpperCase(java.util.Locale.ROOT));
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!HONORIFICS.contains(tokens.get(i).text())) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int j = i + 1; j < tokens.size() && j <= i + 2; j++) {
        Token t = tokens.get(j);
        boolean nameLike =
            t.hasLetter()
                && !t.hasDigit()
                && !HONORIFICS.contains(t.text())
                && !CommonWords.contains(t.text())
                && (allCaps || n.isUpperCaseInOriginal(t.start()));
        if (!nameLike) {
          break;
        }
        words.add(t.text());
      }
      TermGroup g = TermGroup.ofNameWords(category, words);
      if (!g.isEmpty()) {
        groups.add(g);
      }
    }
  }
}
