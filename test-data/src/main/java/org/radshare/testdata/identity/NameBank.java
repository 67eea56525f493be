/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.identity;

import java.util.List;
import java.util.Random;

/**
 * Invented-name material. Every name is assembled at random from these lists of common given and
 * family names; none is taken from a patient. Family names that are also medical eponyms
 * (Parkinson, Crohn, Baker, Wilson, Graves, Smith…) are deliberately absent so that eponym captions
 * stay clean negatives.
 */
public final class NameBank {

  static final List<String> FAMILY =
      List.of(
          "Müller",
          "O'Neill",
          "García",
          "Nguyen",
          "Kowalski",
          "Schmidt-Höfer",
          "Dubois",
          "Rossi",
          "Janssen",
          "Fernández",
          "Østergaard",
          "Kapoor",
          "Okafor",
          "Hämäläinen",
          "MacLeod",
          "D'Angelo",
          "Łukaszewicz",
          "Novák",
          "Lefèvre",
          "Çelik",
          "Petrović",
          "Byrne",
          "Haddad",
          "Popescu",
          "Mendoza",
          "Lindqvist-Berg",
          "Ferreira",
          "Kaur");

  static final List<String> GIVEN =
      List.of(
          "Jürgen",
          "Seán",
          "Zoë",
          "François",
          "Björn",
          "María José",
          "Anne-Sophie",
          "Priya",
          "Chioma",
          "Aoife",
          "Søren",
          "Noémie",
          "İbrahim",
          "Mateo",
          "Kateřina",
          "Dmitri",
          "Fatima",
          "Thandiwe",
          "Eilidh",
          "Gaëlle",
          "Raúl",
          "Joaquín",
          "Margaret",
          "Thomas");

  static final List<String> MIDDLE = List.of("", "", "", "Maria", "J", "Elisabeth", "Patrick");

  /** Alphabetic, ideographic and phonetic groups of a few CJK sample names. */
  static final List<String[]> CJK =
      List.of(
          new String[] {"Yamada", "Taro", "山田^太郎", "やまだ^たろう"},
          new String[] {"Tanaka", "Hanako", "田中^花子", "たなか^はなこ"},
          new String[] {"Li", "Hua", "李^华", ""},
          new String[] {"Wang", "Xiulan", "王^秀兰", ""},
          new String[] {"Kim", "Minjun", "金^敏俊", "김^민준"},
          new String[] {"Chen", "Jianguo", "陳^建國", ""});

  static final List<String[]> STAFF =
      List.of(
          new String[] {"Okonkwo", "Adaeze"},
          new String[] {"Brennan", "Siobhán"},
          new String[] {"Weiß", "Claudia"},
          new String[] {"Abernethy", "Ruth"},
          new String[] {"Desai", "Rohan"},
          new String[] {"Moreau", "Élodie"},
          new String[] {"Halloran", "Mick"},
          new String[] {"Sørensen", "Ingrid"},
          new String[] {"Vasquez", "Lucía"},
          new String[] {"Achterberg", "Pieter"});

  private NameBank() {}

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** A Western-alphabet patient name. */
  public static PersonName patient(Random r) {
    return new PersonName(
        pick(r, FAMILY), pick(r, GIVEN), pick(r, MIDDLE), "", "", "", r.nextInt(4) != 0);
  }

  /** A patient whose PN carries an ideographic (and sometimes phonetic) group. */
  public static PersonName cjkPatient(Random r) {
    String[] n = pick(r, CJK);
    return new PersonName(n[0], n[1], "", "", n[2], n[3], true);
  }

  /** A physician or operator. */
  public static PersonName staff(Random r, boolean doctor) {
    String[] n = pick(r, STAFF);
    return new PersonName(n[0], n[1], "", doctor ? "Dr" : "", "", "", r.nextBoolean());
  }
}
