/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.review.Hashtags;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;

/**
 * The review window's form beside the images: caption, the current image's alt text, hashtags,
 * content warning, where to post, the verdict and the attestation. It exists so the dialog only
 * coordinates; every edit goes straight to the {@link ReviewSet} through the dialog's update hook,
 * which recomputes the verdict.
 */
final class PostFieldsForm extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<ReviewSet> set;
  private final transient Consumer<Runnable> update;
  private final JLabel altTextLabel = new JLabel(Messages.getString("review.altText"));
  private final JTextField altText = new JTextField(40);
  private final JCheckBox warn = new JCheckBox(Messages.getString("review.contentWarning"));
  private final JTextField warning = new JTextField(24);
  private final JTextField hashtags = new JTextField(24);
  private final JCheckBox attest = new JCheckBox(Messages.getString("review.attest"));

  /**
   * @param images how many images the post carries (labels name the current one when several)
   * @param set the review's images, null until the checks are done
   * @param update runs a change to the set and refreshes the verdict, once the set exists
   */
  PostFieldsForm(
      CaptionEditor caption,
      PlatformPreview platforms,
      VerdictPanel verdict,
      int images,
      ShareDefaults defaults,
      Supplier<ReviewSet> set,
      Consumer<Runnable> update) {
    super(new MigLayout("insets 0, wrap 2", "[right][grow,fill]"));
    this.set = set;
    this.update = update;
    altText.setName("radshare.review.altText");
    altText.putClientProperty(
        "JTextField.placeholderText", Messages.getString("review.altText.hint"));
    hashtags.setName("radshare.review.hashtags");
    attest.setName("radshare.review.attest");
    add(new JLabel(Messages.getString("review.caption")), "top");
    add(new JScrollPane(caption));
    if (images > 1) {
      altTextLabel.setText(Messages.format("review.altText.image", 1, images));
      attest.setText(Messages.getString("review.attest.several"));
    }
    add(altTextLabel);
    add(altText);
    add(new JLabel(Messages.getString("review.hashtags")));
    add(hashtags);
    add(warn);
    add(warning);
    add(new JLabel(Messages.getString("review.platforms")), "top");
    add(platforms);
    add(verdict, "span, growx, gaptop 6");
    add(attest, "span");
    wire(defaults);
  }

  /** Gives a freshly checked set what was typed while the checks ran. */
  void applyTo(ReviewSet checked) {
    checked.setContentWarning(contentWarning());
    checked.setHashtags(hashtags.getText());
  }

  /** Shows the alt text of image {@code index} (of {@code count}). */
  void showImage(int index, int count, String imageAltText) {
    altTextLabel.setText(Messages.format("review.altText.image", index + 1, count));
    altText.setText(imageAltText);
  }

  /** Enables or disables the fields this form owns (the caption and verdict are the dialog's). */
  void setFieldsEnabled(boolean on) {
    for (var c : List.of(altText, warn, warning, hashtags, attest)) {
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
    onEdit(altText, () -> set.get().current().setAltText(altText.getText()));
    onEdit(hashtags, () -> set.get().setHashtags(hashtags.getText()));
    onEdit(warning, () -> set.get().setContentWarning(contentWarning()));
    warn.addActionListener(e -> update.accept(() -> set.get().setContentWarning(contentWarning())));
    attest.addActionListener(e -> update.accept(() -> set.get().setAttested(attest.isSelected())));
  }

  private void onEdit(JTextField field, Runnable change) {
    field
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                update.accept(change);
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                update.accept(change);
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                // attributes only
              }
            });
  }
}
