/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Puts text into the one form identifiers are compared in, and remembers where every character came
 * from so that a match found in the normalised form can be reported — and redacted — at the right
 * place in the original.
 *
 * <p>Per code point: Unicode compatibility decomposition (NFKD, which folds fullwidth and other
 * compatibility forms, ligatures and superscripts), combining marks dropped (diacritics), common
 * Cyrillic and Greek look-alikes mapped to Latin (and every other letter that Unicode's confusables
 * table says renders as one Latin letter, see {@link Confusables}), decimal digits of every script
 * read as ASCII digits, case folded (lower case, ß → ss). Zero-width, bidi and other invisible
 * format characters and controls are removed; every run of whitespace becomes one space; emoji and
 * other symbols between two letters or digits are removed. Removed characters are attributed to the
 * preceding kept character, so a match ending in {@code e} also covers a following combining accent
 * or zero-width joiner.
 *
 * <p>Decomposing per code point (instead of whole-string NFKC) gives the same letters once marks
 * are stripped and keeps the offset map exact.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Normalised text plus, for each of its chars, the original span it came from. */
  public static final class Normalized {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Normalized(String original, String text, int[] starts, int[] ends) {
      this.original = original;
      this.text = text;
      this.starts = starts;
      this.ends = ends;
    }

    public String original() {
      return original;
    }

    /** The normalised text. */
    public String text() {
      return text;
    }

    /** The original index where normalised char {@code i} begins. */
    public int originalStart(int i) {
      return i >= starts.length ? original.length() : starts[i];
    }

    /** The original index (exclusive) where the normalised range ending at {@code end} ends. */
    public int originalEnd(int end) {
      return end <= 0 ? 0 : ends[end - 1];
    }

    /** True if the original text at normalised index {@code i} is an upper-case letter. */
    public boolean isUpperCaseInOriginal(int i) {
      int cp = original.codePointAt(originalStart(i));
      return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
  }

  /** Normalises {@code text}; {@code null} is treated as empty. */
  public static Normalized normalize(String text) {
    String in = text == null ? "" : text;
    StringBuilder out = new StringBuilder(in.length());
    int[] starts = new int[in.length() * 2 + 8];
    int[] ends = new int[starts.length];
    boolean lastSpace = true; // swallow leading whitespace
    for (int i = 0; i < in.length(); ) {
      int cp = in.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWhitespace(cp)) {
        if (!lastSpace) {
          starts = ensure(starts, out.length() + 1);
          ends = ensure(ends, out.length() + 1);
          starts[out.length()] = i;
          ends[out.length()] = next;
          out.append(' ');
          lastSpace = true;
        } else if (out.length() > 0) {
          ends[out.length() - 1] = next;
        }
        i = next;
        continue;
      }
      boolean hiding =
          isSymbol(cp) && !HOMOGLYPHS.containsKey(cp) && betweenWordChars(in, out, next);
      String folded = hiding ? "" : fold(cp);
      if (folded.isEmpty()) {
        if (out.length() > 0) {
          ends[out.length() - 1] = next; // attribute removed char to the previous kept one
        }
      } else {
        starts = ensure(starts, out.length() + folded.length());
        ends = ensure(ends, out.length() + folded.length());
        for (int k = 0; k < folded.length(); k++) {
          starts[out.length()] = i;
          ends[out.length()] = next;
          out.append(folded.charAt(k));
        }
        lastSpace = false;
      }
      i = next;
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(--len);
    }
    return new Normalized(
        in,
        out.toString(),
        java.util.Arrays.copyOf(starts, len),
        java.util.Arrays.copyOf(ends, len));
  }

  /** The normalised text only. */
  public static String normalizeText(String text) {
    return normalize(text).text();
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private static boolean isWhitespace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x85
        || cp == 0x00A0
        || cp == 0x2007
        || cp == 0x202F;
  }

  /**
   * Emoji, pictographs and other non-ASCII symbols: between two letters or digits ({@code J🙂ane},
   * {@code 1★2}) they hide a word from matching and are dropped; elsewhere they separate words.
   * Math symbols such as {@code ×} are kept ({@code 3×4 cm}).
   */
  private static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return cp >= 0x80
        && (type == Character.OTHER_SYMBOL
            || type == Character.MODIFIER_SYMBOL
            || type == Character.PRIVATE_USE
            || type == Character.SURROGATE
            || (cp >= 0x1F000 && cp <= 0x1FAFF));
  }

  /**
   * Characters that render as nothing or as a picture, not as a letter: invisible characters and
   * symbols that are no look-alike of a letter. Put between the letters of a word they hide it, so
   * the normaliser drops them there and a reading of spelled-out letters takes them as separators.
   */
  public static boolean hidesWord(int cp) {
    return isInvisible(cp) || (isSymbol(cp) && !HOMOGLYPHS.containsKey(cp));
  }

  /** True if the last kept char and the next visible, non-symbol char are letters or digits. */
  private static boolean betweenWordChars(String in, StringBuilder out, int from) {
    if (out.length() == 0 || !Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
      return false;
    }
    for (int i = from; i < in.length(); ) {
      int cp = in.codePointAt(i);
      if (!isInvisible(cp) && !isSymbol(cp)) {
        return Character.isLetterOrDigit(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The normalised form of one code point; empty when it is invisible. */
  static String fold(int cp) {
    if (isInvisible(cp)) {
      return "";
    }
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
    }
    if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
      return String.valueOf((char) ('0' + Character.digit(cp, 10))); // ٣, ३, １ → 3, 3, 1
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); ) {
      int c = decomposed.codePointAt(k);
      k += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || isInvisible(c)) {
        continue;
      }
      String mapped = HOMOGLYPHS.get(c);
      if (mapped == null) {
        mapped = Confusables.latinLookAlike(c);
      }
      if (mapped != null) {
        sb.append(mapped);
      } else if (c == 'ß' || c == 'ẞ') {
        sb.append("ss");
      } else if (isWhitespace(c)) {
        sb.append(' ');
      } else {
        sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT // ZWSP, ZWJ, ZWNJ, soft hyphen, bidi controls, BOM…
        || (type == Character.CONTROL && !Character.isWhitespace(cp))
        || type == Character.UNASSIGNED && cp >= 0xE0000
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || cp == 0x034F // combining grapheme joiner
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0 // Hangul fillers render blank
        || cp == 0x2800; // blank Braille pattern
  }

  /**
   * Letters from other scripts that render like Latin letters, mapped case-sensitively (upper-case
   * Greek Eta looks like H, lower-case eta like n), before case folding.
   */
  private static final Map<Integer, String> HOMOGLYPHS = homoglyphs();

  private static Map<Integer, String> homoglyphs() {
    String[] pairs =
        """
        А=a В=b С=c Е=e Н=h І=i Ј=j К=k М=m О=o Р=p Ѕ=s Т=t Х=x У=y Ү=y Ԛ=q Ԝ=w а=a в=b с=c е=e
        һ=h і=i ј=j к=k м=m н=h о=o р=p ѕ=s т=t х=x у=y ү=y ԁ=d ԛ=q ԝ=w ӏ=l Ӏ=l ё=e ї=i ь=b г=r
        п=n Α=a Β=b Ε=e Ζ=z Η=h Ι=i Κ=k Μ=m Ν=n Ο=o Ρ=p Τ=t Υ=y Χ=x α=a β=b ε=e η=n ι=i κ=k ν=v
        ο=o ρ=p τ=t υ=u χ=x ϲ=c ϳ=j ı=i ȷ=j ɑ=a ɡ=g ɩ=i ʟ=l ᴀ=a ʙ=b ᴄ=c ᴅ=d ᴇ=e ɢ=g ʜ=h ɪ=i ᴊ=j
        ᴋ=k ᴍ=m ɴ=n ᴏ=o ᴘ=p ʀ=r ᴛ=t ᴜ=u ᴠ=v ᴡ=w ʏ=y ᴢ=z ø=o Ø=o đ=d Đ=d ł=l Ł=l ħ=h æ=ae Æ=ae
        œ=oe Œ=oe þ=th ð=d ‐=- ‑=- ‒=- –=- —=- ―=- −=- ⁃=- ／=/ ∕=/ ⁄=/ ’=' ‘=' ʼ=' ○=o ◯=o ⚪=o ´=' `=' ＇='
        ․=. ‧=. ·=.
        """
            .trim()
            .split("\\s+");
    Map<Integer, String> map = new java.util.HashMap<>();
    for (String pair : pairs) {
      int cp = pair.codePointAt(0); // each entry is "look-alike=latin"
      map.put(cp, pair.substring(Character.charCount(cp) + 1));
    }
    return Map.copyOf(map);
  }
}
