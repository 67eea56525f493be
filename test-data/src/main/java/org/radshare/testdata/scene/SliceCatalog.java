/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import static org.radshare.testdata.scene.SliceCase.Hard.*;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.radshare.testdata.header.Modality;
import org.radshare.testdata.render.Ink;
import org.radshare.testdata.scene.Anatomy.Region;

/** The CT and MR still recipes: one line per fixture, naming the difficulty it carries. */
final class SliceCatalog {

  private SliceCatalog() {}

  static List<SliceCase> cases() {
    List<SliceCase> c = new ArrayList<>();
    c.add(
        ct(
            1,
            "abdomen, SansSerif 14 white, DICOM caret name",
            Region.ABDOMEN,
            "SansSerif",
            0,
            14,
            SliceCase.WHITE,
            NameForm.CARET,
            0,
            Set.of()));
    c.add(
        ct(
            2,
            "chest, Monospaced 12 yellow, 'FAMILY, GIVEN'",
            Region.CHEST,
            "Monospaced",
            0,
            12,
            SliceCase.YELLOW,
            NameForm.COMMA_UPPER,
            1,
            Set.of()));
    c.add(
        ct(
            3,
            "abdomen, tiny 8 px Dialog green overlay",
            Region.ABDOMEN,
            "Dialog",
            0,
            8,
            SliceCase.GREEN,
            NameForm.CARET,
            2,
            EnumSet.of(TINY)));
    c.add(
        ct(
            4,
            "head, low-contrast grey text on near-black",
            Region.HEAD,
            "DejaVu Sans",
            0,
            12,
            SliceCase.LOW_GREY,
            NameForm.COMMA,
            3,
            EnumSet.of(LOW_CONTRAST)));
    c.add(
        ct(
            5,
            "abdomen, name annotation drawn over the body",
            Region.ABDOMEN,
            "SansSerif",
            Font.BOLD,
            15,
            SliceCase.CYAN,
            NameForm.NATURAL,
            4,
            EnumSet.of(NAME_OVER_BODY)));
    c.add(
        ct(
            6,
            "chest, name split across two lines, Serif 16",
            Region.CHEST,
            "Serif",
            0,
            16,
            SliceCase.WHITE,
            NameForm.CARET,
            5,
            EnumSet.of(SPLIT_NAME)));
    c.add(
        ct(
            7,
            "abdomen, ID with separators, DejaVu Sans Mono 18 no antialias",
            Region.ABDOMEN,
            "DejaVu Sans Mono",
            0,
            18,
            SliceCase.WHITE,
            NameForm.CARET,
            6,
            EnumSet.of(ID_SEPARATORS, NO_ANTIALIAS)));
    c.add(
        ct(
            8,
            "head, inverted grey scale: dark text on white",
            Region.HEAD,
            "DejaVu Serif",
            0,
            13,
            SliceCase.BLACK,
            NameForm.COMMA_UPPER,
            7,
            EnumSet.of(INVERTED)));
    c.add(
        ct(
            9,
            "abdomen, CJK patient (Ideographic PN in header), 20 px condensed bold",
            Region.ABDOMEN,
            "DejaVu Sans Condensed",
            Font.BOLD,
            20,
            SliceCase.YELLOW,
            NameForm.CARET,
            0,
            EnumSet.of(CJK)));
    c.add(
        ct(
            10,
            "chest, age over 89 shown, SansSerif 10 yellow",
            Region.CHEST,
            "SansSerif",
            0,
            10,
            SliceCase.YELLOW,
            NameForm.COMMA,
            1,
            EnumSet.of(AGE_OVER_89)));
    c.add(
        mr(
            1,
            "T1 head, SansSerif 13 white",
            Region.HEAD,
            false,
            "SansSerif",
            0,
            13,
            SliceCase.WHITE,
            NameForm.CARET,
            2,
            Set.of()));
    c.add(
        mr(
            2,
            "T2 head, vertical 90-degree name label on the left edge",
            Region.HEAD,
            true,
            "DejaVu Sans",
            0,
            12,
            SliceCase.WHITE,
            NameForm.COMMA_UPPER,
            3,
            EnumSet.of(VERTICAL_LABEL)));
    c.add(
        mr(
            3,
            "T2 abdomen, Dialog 11 cyan, natural-order name",
            Region.ABDOMEN,
            true,
            "Dialog",
            0,
            11,
            SliceCase.CYAN,
            NameForm.NATURAL,
            4,
            Set.of()));
    c.add(
        mr(
            4,
            "T1 head, low-contrast grey",
            Region.HEAD,
            false,
            "Serif",
            0,
            14,
            SliceCase.LOW_GREY,
            NameForm.CARET,
            5,
            EnumSet.of(LOW_CONTRAST)));
    c.add(
        mr(
            5,
            "T2 head, diacritics stripped, Monospaced 9 green",
            Region.HEAD,
            true,
            "Monospaced",
            0,
            9,
            SliceCase.GREEN,
            NameForm.ASCII_UPPER,
            6,
            EnumSet.of(TINY)));
    c.add(
        mr(
            6,
            "T1 abdomen, DejaVu Serif 15 yellow, initial and surname",
            Region.ABDOMEN,
            false,
            "DejaVu Serif",
            0,
            15,
            SliceCase.YELLOW,
            NameForm.INITIAL,
            7,
            Set.of()));
    c.add(
        mr(
            7,
            "T2 head, black text on a white label box (reverse polarity)",
            Region.HEAD,
            true,
            "DejaVu Sans",
            Font.BOLD,
            12,
            SliceCase.BLACK,
            NameForm.COMMA,
            0,
            EnumSet.of(LABEL_BOX)));
    c.add(
        mr(
            8,
            "T1 head, CJK patient, Serif 16 white",
            Region.HEAD,
            false,
            "Serif",
            0,
            16,
            SliceCase.WHITE,
            NameForm.CARET,
            1,
            EnumSet.of(CJK)));
    return c;
  }

  private static SliceCase ct(
      int n,
      String d,
      Region r,
      String fam,
      int style,
      int size,
      Color col,
      NameForm nf,
      int df,
      Set<SliceCase.Hard> hard) {
    Ink ink = new Ink(fam, style, size, col, !hard.contains(NO_ANTIALIAS));
    return new SliceCase(
        String.format(Locale.ROOT, "ct-%03d", n),
        "CT " + d,
        Modality.CT,
        r,
        false,
        ink,
        nf,
        df,
        hard);
  }

  private static SliceCase mr(
      int n,
      String d,
      Region r,
      boolean t2,
      String fam,
      int style,
      int size,
      Color col,
      NameForm nf,
      int df,
      Set<SliceCase.Hard> hard) {
    Ink ink = new Ink(fam, style, size, col, true);
    return new SliceCase(
        String.format(Locale.ROOT, "mr-%03d", n), "MR " + d, Modality.MR, r, t2, ink, nf, df, hard);
  }
}
