/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.review.Hashtags;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;

/**
 * The review window's form beside the images, in one scrolling column: the verdict's reasons (most
 * serious first) with the REVIEW confirmation, then caption, the current image's alt text,
 * hashtags, content warning, where to post and the post as each platform will show it. It exists so
 * the dialog only coordinates; every edit goes straight to the {@link ReviewSet} through the
 * dialog's update hook, which recomputes the verdict.
 */
final class PostFieldsForm extends FormPanel {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<ReviewSet> set;
  private final transient Consumer<Runnable> update;
  private final JTextField altText = new JTextField(30);
  private final JLabel altTextLabel = ReviewKeys.label("review.altText", altText);
  private final JCheckBox warn = ReviewKeys.text(new JCheckBox(), "review.contentWarning");
  private final JTextField warning = new JTextField(20);
  private final JTextField hashtags = new JTextField(20);

  /**
   * @param images how many images the post carries (labels name the current one when several)
   * @param set the review's images, null until the checks are done
   * @param update runs a change to the set and refreshes the verdict, once the set exists
   */
  PostFieldsForm(
      CaptionEditor caption,
      PlatformPreview platforms,
      PostPreviewTabs previews,
      VerdictPanel verdict,
      int images,
      ShareDefaults defaults,
      Supplier<ReviewSet> set,
      Consumer<Runnable> update) {
    super(new MigLayout("insets 0 0 0 4, wrap 2, hidemode 3", "[right][grow,fill]"));
    this.set = set;
    this.update = update;
    altText.setName("radshare.review.altText");
    altText.putClientProperty(
        "JTextField.placeholderText", Messages.getString("review.altText.hint"));
    hashtags.setName("radshare.review.hashtags");
    warn.setName("radshare.review.warn");
    warning.setName("radshare.review.warning");
    warning.getAccessibleContext().setAccessibleName(warn.getText());
    addFields(
        this,
        caption,
        altTextLabel,
        altText,
        hashtags,
        warn,
        warning,
        platforms,
        previews,
        verdict);
    if (images > 1) {
      altTextLabel.setText(Messages.format("review.altText.image", 1, images));
    }
    wire(defaults);
  }

  /** Lays out the common fields of a review form (stills and clips alike). */
  static void addFields(
      FormPanel form,
      CaptionEditor caption,
      JLabel altTextLabel,
      JComponent altText,
      JTextField hashtags,
      JCheckBox warn,
      JTextField warning,
      PlatformPreview platforms,
      PostPreviewTabs previews,
      VerdictPanel verdict) {
    ReviewKeys.tabLeaves(caption);
    form.add(verdict, "span, growx, wmin 0, gapbottom 6");
    form.add(ReviewKeys.label("review.caption", caption), "top");
    form.add(new JScrollPane(caption), "wmin 0");
    form.add(altTextLabel);
    form.add(altText, "wmin 0");
    form.add(ReviewKeys.label("review.hashtags", hashtags));
    form.add(hashtags, "wmin 0");
    form.add(warn);
    form.add(warning, "wmin 0");
    JLabel to = ReviewKeys.label("review.platforms", platforms);
    form.add(to, "top, gaptop 4");
    form.add(platforms, "wmin 0, gaptop 4");
    form.add(new JLabel(Messages.getString("review.preview")), "span, gaptop 6");
    form.add(previews, "span, growx, wmin 0");
    form.focusFollows();
  }

  /** Gives a freshly checked set what was typed while the checks ran. */
  void applyTo(ReviewSet checked) {
    checked.setContentWarning(contentWarning());
    checked.setHashtags(hashtags.getText());
    checked.current().setAltText(altText.getText());
  }

  /** Shows the alt text of image {@code index} (of {@code count}). */
  void showImage(int index, int count, String imageAltText) {
    altTextLabel.setText(Messages.format("review.altText.image", index + 1, count));
    altText.setText(imageAltText);
  }

  /** Whether the radiologist typed anything that closing would lose. */
  boolean typed() {
    return !altText.getText().isBlank();
  }

  /** Enables or disables the fields this form owns (the caption and verdict are the dialog's). */
  void setFieldsEnabled(boolean on) {
    for (var c : List.of(warn, warning, hashtags)) {
      c.setEnabled(on);
    }
  }

  private String contentWarning() {
    return warn.isSelected() ? warning.getText() : "";
  }

  private void wire(ShareDefaults defaults) {
    warning.setText(defaults.contentWarning());
    warn.setSelected(!defaults.contentWarning().isBlank());
    hashtags.setText(Hashtags.render(defaults.hashtags()));
    TextEdits.onEdit(
        altText, () -> update.accept(() -> set.get().current().setAltText(altText.getText())));
    TextEdits.onEdit(
        hashtags, () -> update.accept(() -> set.get().setHashtags(hashtags.getText())));
    TextEdits.onEdit(
        warning, () -> update.accept(() -> set.get().setContentWarning(contentWarning())));
    warn.addActionListener(e -> update.accept(() -> set.get().setContentWarning(contentWarning())));
  }
}
