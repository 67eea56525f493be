/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.compose.ComposedText;
import org.radshare.core.connect.compose.TextCounter;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;

/**
 * The post as each chosen platform will show it, one tab per platform, the way posting tools
 * preview a post: the image cropped to the platform's feed shape, the text composed and counted by
 * core's connectors (content warning, caption with the department's disclaimer and hashtags) with
 * what the platform would cut in red, and the alt text.
 */
final class PostPreviewTabs extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JTabbedPane tabs = new JTabbedPane();
  private final JLabel none = new JLabel(Messages.getString("review.preview.none"));
  private final Map<Platform, Card> cards = new EnumMap<>(Platform.class);

  PostPreviewTabs() {
    super(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow,fill]"));
    setName("radshare.review.preview");
    tabs.setName("radshare.review.preview.tabs");
    add(none, "wmin 0");
    add(tabs, "wmin 0");
  }

  /**
   * Shows the chosen platforms of {@code model}, with {@code image} as posted (null while it is
   * being made) and the department's wording from {@code access}.
   */
  void show(ReviewModel model, BufferedImage image, PlatformAccess access, List<Platform> order) {
    List<Platform> chosen = order.stream().filter(model.platforms()::contains).toList();
    for (Platform p : List.copyOf(cards.keySet())) {
      if (!chosen.contains(p)) {
        tabs.remove(cards.remove(p));
      }
    }
    for (Platform p : chosen) {
      Card card = cards.computeIfAbsent(p, Card::new);
      if (tabs.indexOfComponent(card) < 0) {
        tabs.addTab(Messages.format("review.preview.tab", p.displayName()), card);
      }
      card.show(model, image, access);
    }
    none.setVisible(chosen.isEmpty());
    tabs.setVisible(!chosen.isEmpty());
  }

  /** How a platform's feed crops a single image (width / height); 0: shown whole. */
  static double feedAspect(Platform p) {
    return switch (p) {
      case MASTODON, X, BLUESKY -> 16 / 9.0;
      case LINKEDIN, FACEBOOK -> 1.91;
      case OUTBOX -> 0;
    };
  }

  /** The longest prefix of {@code text} the platform takes, counted its way. */
  static int fits(String spoiler, String text, PlatformLimits limits) {
    if (TextCounter.count(spoiler, text, limits) <= limits.maxTextLength()) {
      return text.length();
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (TextCounter.count(spoiler, text.substring(0, mid), limits) <= limits.maxTextLength()) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
      lo--;
    }
    return lo;
  }

  /** One platform's preview. */
  private static final class Card extends JPanel {

    private static final long serialVersionUID = 1L;

    private final Platform platform;
    private final FeedImage picture;
    private final JTextPane text = new JTextPane();
    private final JLabel count = new JLabel();
    private final JLabel alt = new JLabel();

    Card(Platform platform) {
      super(new MigLayout("insets 6, wrap 1", "[grow,fill]"));
      this.platform = platform;
      setName("radshare.review.preview." + platform.name());
      picture = new FeedImage(feedAspect(platform));
      text.setEditable(false);
      // Updating the text must not scroll the whole form down to the preview.
      ((javax.swing.text.DefaultCaret) text.getCaret())
          .setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
      text.setName("radshare.review.preview.text." + platform.name());
      text.getAccessibleContext()
          .setAccessibleName(Messages.format("review.preview.tab", platform.displayName()));
      count.setName("radshare.review.preview.count." + platform.name());
      add(text, "wmin 0");
      add(picture, "w 120:280:360, h 70:158:200, growx 0");
      add(alt, "wmin 0");
      add(count, "wmin 0");
    }

    void show(ReviewModel model, BufferedImage image, PlatformAccess access) {
      PostDraft draft =
          PostDraft.of(access.finalCaption(model.caption()), List.of())
              .withHashtags(model.hashtags());
      String warning = model.contentWarning().strip();
      if (warning.isEmpty()) {
        warning = access.defaultContentWarning().orElse("");
      }
      draft = draft.withContentWarning(warning);
      ComposedText composed = ComposedText.of(draft, platform);
      PlatformLimits limits = PlatformLimits.defaultsFor(platform);
      int length = TextCounter.count(composed.spoilerText(), composed.text(), limits);
      int cut = fits(composed.spoilerText(), composed.text(), limits);
      render(composed, cut);
      count.setText(
          length <= limits.maxTextLength()
              ? Messages.format("review.preview.count", length, limits.maxTextLength())
              : Messages.format(
                  "review.preview.over",
                  length,
                  limits.maxTextLength(),
                  length - limits.maxTextLength()));
      count.setForeground(length > limits.maxTextLength() ? RegionCanvas.PHI : null);
      alt.setText(
          model.altText().isBlank()
              ? Messages.getString("review.preview.noAlt")
              : Messages.format("review.preview.alt", model.altText().strip()));
      picture.setImage(image);
    }

    private void render(ComposedText composed, int cut) {
      StyledDocument doc = text.getStyledDocument();
      SimpleAttributeSet plain = new SimpleAttributeSet();
      SimpleAttributeSet bold = new SimpleAttributeSet();
      StyleConstants.setBold(bold, true);
      SimpleAttributeSet over = new SimpleAttributeSet();
      StyleConstants.setForeground(over, RegionCanvas.PHI);
      StyleConstants.setStrikeThrough(over, true);
      try {
        doc.remove(0, doc.getLength());
        if (!composed.spoilerText().isEmpty()) {
          doc.insertString(
              0, Messages.format("review.preview.warning", composed.spoilerText()) + "\n\n", bold);
        }
        doc.insertString(doc.getLength(), composed.text().substring(0, cut), plain);
        doc.insertString(doc.getLength(), composed.text().substring(cut), over);
      } catch (BadLocationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The image as a feed shows it: centre-cropped to the platform's shape, scaled to fit. */
  private static final class FeedImage extends JComponent {

    private static final long serialVersionUID = 1L;

    private final double aspect;
    private transient BufferedImage image;

    FeedImage(double aspect) {
      this.aspect = aspect;
      setPreferredSize(new Dimension(280, aspect == 0 ? 200 : (int) Math.round(280 / aspect)));
      setToolTipText(
          Messages.format(
              "review.preview.aspect",
              aspect == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f:1", aspect)));
    }

    void setImage(BufferedImage image) {
      this.image = image;
      repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
      Graphics2D g = (Graphics2D) g0.create();
      try {
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (image == null) {
          return;
        }
        int sx = 0;
        int sy = 0;
        int sw = image.getWidth();
        int sh = image.getHeight();
        if (aspect > 0) {
          if (sw / (double) sh > aspect) {
            int w = (int) Math.round(sh * aspect);
            sx = (sw - w) / 2;
            sw = w;
          } else {
            int h = (int) Math.round(sw / aspect);
            sy = (sh - h) / 2;
            sh = h;
          }
        }
        double s = Math.min(getWidth() / (double) sw, getHeight() / (double) sh);
        int w = (int) Math.round(sw * s);
        int h = (int) Math.round(sh * s);
        int x = (getWidth() - w) / 2;
        int y = (getHeight() - h) / 2;
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, x, y, x + w, y + h, sx, sy, sx + sw, sy + sh, null);
      } finally {
        g.dispose();
      }
    }
  }
}
