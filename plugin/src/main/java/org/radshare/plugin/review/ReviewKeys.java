/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.radshare.plugin.Messages;

/**
 * The review windows' keyboard: Ctrl+Enter posts when Post is enabled, Esc cancels (asking first
 * when something was typed), Tab leaves multi-line fields, and every label and button gets the
 * mnemonic its bundle text marks with {@code &} ("&amp;Post" underlines P, Alt+P presses it).
 */
final class ReviewKeys {

  private ReviewKeys() {}

  /**
   * Binds Ctrl+Enter to {@code post} and Esc to {@code cancel} anywhere in {@code dialog}; {@code
   * typed} says whether closing would lose something the radiologist typed.
   */
  static void install(JDialog dialog, AbstractButton post, Runnable cancel, BooleanSupplier typed) {
    JComponent root = dialog.getRootPane();
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "radshare.post");
    root.getActionMap()
        .put(
            "radshare.post",
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                if (post.isEnabled() && post.isShowing()) {
                  post.doClick(0);
                }
              }
            });
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0, true), "radshare.cancel");
    root.getActionMap()
        .put(
            "radshare.cancel",
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                // Asked once the key event is fully handled, so it cannot answer the question.
                SwingUtilities.invokeLater(
                    () -> {
                      if (dialog.isShowing() && (!typed.getAsBoolean() || confirmDiscard(dialog))) {
                        cancel.run();
                      }
                    });
              }
            });
  }

  /** Asks before throwing away typed text; Esc or No keeps the window. */
  static boolean confirmDiscard(JDialog dialog) {
    JOptionPane pane =
        new JOptionPane(
            Messages.getString("review.discard.message"),
            JOptionPane.QUESTION_MESSAGE,
            JOptionPane.YES_NO_OPTION);
    JDialog question = pane.createDialog(dialog, Messages.getString("review.discard.title"));
    question.setName("radshare.review.discard");
    question.setVisible(true);
    question.dispose();
    return Integer.valueOf(JOptionPane.YES_OPTION).equals(pane.getValue());
  }

  /** Tab and Shift+Tab move focus out of {@code text} instead of typing a tab. */
  static void tabLeaves(JTextComponent text) {
    text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
  }

  /** A button with the bundle text of {@code key}, its {@code &}-marked letter as mnemonic. */
  static <B extends AbstractButton> B text(B button, String key) {
    return marked(button, Messages.getString(key));
  }

  /** A button showing {@code marked} (a text with an {@code &}-marked mnemonic letter). */
  static <B extends AbstractButton> B marked(B button, String marked) {
    Mnemonic m = Mnemonic.of(marked);
    button.setText(m.text());
    if (m.index() >= 0) {
      button.setMnemonic(m.text().charAt(m.index()));
      button.setDisplayedMnemonicIndex(m.index());
    }
    return button;
  }

  /** A label for {@code field} with the bundle text of {@code key} and its mnemonic. */
  static JLabel label(String key, JComponent field) {
    Mnemonic m = Mnemonic.of(Messages.getString(key));
    JLabel label = new JLabel(m.text());
    if (m.index() >= 0) {
      label.setDisplayedMnemonic(m.text().charAt(m.index()));
      label.setDisplayedMnemonicIndex(m.index());
    }
    label.setLabelFor(field);
    field.getAccessibleContext().setAccessibleName(m.text());
    return label;
  }

  /** A text with its mnemonic marker removed, and where the marker was (-1 for none). */
  record Mnemonic(String text, int index) {
    static Mnemonic of(String marked) {
      int at = marked.indexOf('&');
      if (at < 0 || at == marked.length() - 1) {
        return new Mnemonic(marked, -1);
      }
      return new Mnemonic(marked.substring(0, at) + marked.substring(at + 1), at);
    }
  }
}
