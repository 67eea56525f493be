/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.event.ActionEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.KeyStroke;
import org.radshare.plugin.Messages;

/**
 * The Share command. It is enabled only while a DICOM image is selected; because Weasis offers no
 * selection event to a plugin, the state is refreshed whenever the pointer reaches the tool bar and
 * checked again when the command fires (from the button or the keyboard shortcut).
 *
 * @param <T> what is shared (the selected view)
 */
public final class ShareAction<T> extends AbstractAction {

  private static final long serialVersionUID = 1L;

  /** Ctrl+Shift+S (Cmd+Shift+S on macOS). */
  public static final KeyStroke SHORTCUT =
      KeyStroke.getKeyStroke(
          java.awt.event.KeyEvent.VK_S,
          menuShortcutMask() | java.awt.event.InputEvent.SHIFT_DOWN_MASK);

  /** Ctrl+Shift+C (Cmd+Shift+C on macOS): Share clip. */
  public static final KeyStroke CLIP_SHORTCUT =
      KeyStroke.getKeyStroke(
          java.awt.event.KeyEvent.VK_C,
          menuShortcutMask() | java.awt.event.InputEvent.SHIFT_DOWN_MASK);

  private final transient Supplier<Optional<T>> selection;
  private final transient Consumer<T> share;
  private volatile String unavailable;

  /** The Share (still) command. */
  public ShareAction(Supplier<Optional<T>> selection, Consumer<T> share, Icon icon) {
    this("toolbar.share", SHORTCUT, selection, share, icon);
  }

  /**
   * A share command named by {@code key} (its tooltip is {@code key + ".tooltip"}), e.g. {@code
   * toolbar.shareClip} with {@link #CLIP_SHORTCUT}.
   */
  public ShareAction(
      String key,
      KeyStroke shortcut,
      Supplier<Optional<T>> selection,
      Consumer<T> share,
      Icon icon) {
    super(Messages.getString(key), icon);
    this.selection = selection;
    this.share = share;
    putValue(Action.SHORT_DESCRIPTION, Messages.getString(key + ".tooltip"));
    putValue(Action.ACCELERATOR_KEY, shortcut);
    setEnabled(false);
  }

  /** The keyboard shortcut of this command. */
  public KeyStroke shortcut() {
    return (KeyStroke) getValue(Action.ACCELERATOR_KEY);
  }

  /**
   * Keeps the command disabled for good, with {@code reason} as its tooltip (e.g. no OCR engine on
   * this platform: nothing could be checked, so nothing may be shared).
   */
  public void makeUnavailable(String reason) {
    unavailable = reason;
    putValue(Action.SHORT_DESCRIPTION, reason);
    setEnabled(false);
  }

  /** Why the command can never run here, or null. */
  public String unavailableReason() {
    return unavailable;
  }

  /** Re-reads the selection and enables the command only if something can be shared. */
  public void refreshEnabled() {
    setEnabled(current().isPresent());
  }

  /** Shares the current selection if there is one; otherwise only disables the command. */
  public void shareCurrent() {
    Optional<T> target = current();
    setEnabled(target.isPresent());
    target.ifPresent(share);
  }

  @Override
  public void actionPerformed(ActionEvent e) {
    shareCurrent();
  }

  private static int menuShortcutMask() {
    return java.awt.GraphicsEnvironment.isHeadless()
        ? java.awt.event.InputEvent.CTRL_DOWN_MASK
        : java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
  }

  private Optional<T> current() {
    if (unavailable != null) {
      return Optional.empty();
    }
    try {
      return selection.get();
    } catch (RuntimeException e) {
      // The viewer is not ready (or gone): nothing to share.
      return Optional.empty();
    }
  }
}
