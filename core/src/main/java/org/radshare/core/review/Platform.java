package org.radshare.core.review;

import java.text.BreakIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A platform a share can go to, with its text budget counted the way the platform counts it
 * (platforms.md §0): graphemes for Mastodon and Bluesky, weighted code points for X, with links
 * costing a fixed 23 where the platform shortens them.
 */
public enum Platform {
  MASTODON("Mastodon", 500, Counting.GRAPHEMES, true),
  X("X", 280, Counting.X_WEIGHTED, true),
  BLUESKY("Bluesky", 300, Counting.GRAPHEMES, false),
  LINKEDIN("LinkedIn", 3000, Counting.UTF16, false),
  FACEBOOK("Facebook Page", 63206, Counting.UTF16, false);

  /** What one link costs where the platform shortens links. */
  public static final int LINK_COST = 23;

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private enum Counting {
    GRAPHEMES,
    X_WEIGHTED,
    UTF16
  }

  private final String displayName;
  private final int limit;
  private final Counting counting;
  private final boolean fixedLinkCost;

  Platform(String displayName, int limit, Counting counting, boolean fixedLinkCost) {
    this.displayName = displayName;
    this.limit = limit;
    this.counting = counting;
    this.fixedLinkCost = fixedLinkCost;
  }

  public String displayName() {
    return displayName;
  }

  /** The most characters a post may have, as this platform counts them. */
  public int limit() {
    return limit;
  }

  /** How many characters {@code text} costs on this platform. */
  public int length(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    if (!fixedLinkCost) {
      return count(text);
    }
    int total = 0;
    int from = 0;
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      total += count(text.substring(from, link.start())) + LINK_COST;
      from = link.end();
    }
    return total + count(text.substring(from));
  }

  /** Characters left for {@code text}; negative when it is too long. */
  public int remaining(String text) {
    return limit - length(text);
  }

  private int count(String text) {
    return switch (counting) {
      case UTF16 -> text.length();
      case GRAPHEMES -> graphemes(text);
      case X_WEIGHTED -> text.codePoints().map(Platform::xWeight).sum();
    };
  }

  private static int graphemes(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  /** twitter-text 3 weights: Latin and common punctuation 1, everything else (CJK, emoji) 2. */
  private static int xWeight(int cp) {
    boolean light =
        cp <= 4351
            || (cp >= 8192 && cp <= 8205)
            || (cp >= 8208 && cp <= 8223)
            || (cp >= 8242 && cp <= 8247);
    return light ? 1 : 2;
  }
}
