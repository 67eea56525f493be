/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JTextField;
import org.radshare.core.review.Hashtags;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;

/**
 * The clip window's plain text fields (alt text, hashtags, content warning): each edit goes to the
 * current model, and a new model (after a recheck) gets all of them again.
 */
final class ClipFields {

  private final JTextField altText = new JTextField(30);
  private final JTextField hashtags = new JTextField(24);
  private final JCheckBox warn = ReviewKeys.text(new JCheckBox(), "review.contentWarning");
  private final JTextField warning = new JTextField(24);
  private final Consumer<Consumer<ReviewModel>> update;

  /**
   * @param update applies a change to the current model, if there is one, and refreshes the window
   */
  ClipFields(Consumer<Consumer<ReviewModel>> update) {
    this.update = update;
    altText.setName("radshare.review.altText");
    altText.putClientProperty(
        "JTextField.placeholderText", Messages.getString("clip.altText.hint"));
    hashtags.setName("radshare.review.hashtags");
    warn.setName("radshare.review.warn");
    warning.setName("radshare.review.warning");
    for (JTextField field : List.of(altText, hashtags, warning)) {
      TextEdits.onEdit(field, () -> update.accept(this::applyTo));
    }
    warn.addActionListener(e -> update.accept(this::applyTo));
  }

  void setDefaults(ShareDefaults defaults) {
    warning.setText(defaults.contentWarning());
    warn.setSelected(!defaults.contentWarning().isBlank());
    hashtags.setText(Hashtags.render(defaults.hashtags()));
  }

  /** Puts every field's value into {@code model}. */
  void applyTo(ReviewModel model) {
    model.setAltText(altText.getText());
    model.setHashtags(hashtags.getText());
    model.setContentWarning(warn.isSelected() ? warning.getText() : "");
  }

  /** Lays the fields out in {@code form} around the shared ones (see {@link PostFieldsForm}). */
  void addTo(
      FormPanel form,
      CaptionEditor caption,
      PlatformPreview platforms,
      PostPreviewTabs previews,
      VerdictPanel verdict) {
    PostFieldsForm.addFields(
        form,
        caption,
        ReviewKeys.label("review.altText", altText),
        altText,
        hashtags,
        warn,
        warning,
        platforms,
        previews,
        verdict);
  }

  /** Whether the radiologist typed anything that closing would lose. */
  boolean typed() {
    return !altText.getText().isBlank();
  }

  void setEnabled(boolean on) {
    for (var c : List.of(altText, hashtags, warn, warning)) {
      c.setEnabled(on);
    }
  }
}
