/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Runs something whenever the text of a review field changes (typed, pasted or deleted, not
 * attribute changes): the caption, alt text, hashtags and content warning all feed the model on
 * every edit, and Swing's listener has three methods for it.
 */
final class TextEdits {

  private TextEdits() {}

  /** Runs {@code edited} after each insertion or removal in {@code field}. */
  static void onEdit(JTextComponent field, Runnable edited) {
    field
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                edited.run();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                edited.run();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                // attribute changes only
              }
            });
  }
}
