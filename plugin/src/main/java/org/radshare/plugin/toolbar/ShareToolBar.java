/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.radshare.plugin.Messages;
import org.weasis.core.ui.util.WtoolBar;

/**
 * The RadShare tool bar of the DICOM 2D viewer: a Share button (like Weasis's screenshot bar) and a
 * Share clip button, each with its keyboard shortcut, active anywhere in the viewer window.
 */
public final class ShareToolBar extends WtoolBar {

  private static final long serialVersionUID = 1L;

  /** After the built-in bars (screenshot 9 … cine 80), before the launcher bar (130). */
  public static final int POSITION = 95;

  static final String SHARE_COMMAND = "radshare.share";

  static final String CLIP_COMMAND = "radshare.shareClip";

  private final transient ShareAction<?> action;
  private final JButton button;
  private final transient ShareAction<?> clipAction;
  private final JButton clipButton;
  private final transient Map<String, KeyStroke> defaults = new LinkedHashMap<>();
  private final transient Runnable stopFollowingShortcuts;

  /** A bar with the Share button only. */
  public ShareToolBar(ShareAction<?> action) {
    this(action, null);
  }

  /** A bar with Share and, when {@code clipAction} is given, Share clip. */
  public ShareToolBar(ShareAction<?> action, ShareAction<?> clipAction) {
    super(Messages.getString("toolbar.name"), POSITION);
    this.action = action;
    this.button = addCommand(action, "radshare.share.button", SHARE_COMMAND);
    this.clipAction = clipAction;
    this.clipButton =
        clipAction == null
            ? null
            : addCommand(clipAction, "radshare.shareClip.button", CLIP_COMMAND);

    MouseAdapter refresh =
        new MouseAdapter() {
          @Override
          public void mouseEntered(MouseEvent e) {
            action.refreshEnabled();
            if (clipAction != null) {
              clipAction.refreshEnabled();
            }
          }
        };
    addMouseListener(refresh);
    button.addMouseListener(refresh);
    if (clipButton != null) {
      clipButton.addMouseListener(refresh);
    }
    stopFollowingShortcuts =
        WeasisShortcuts.onChange(() -> SwingUtilities.invokeLater(this::rebindShortcuts));
  }

  /** Stops following Weasis's shortcut preferences (when Weasis disposes of the bar). */
  public void releaseShortcuts() {
    stopFollowingShortcuts.run();
  }

  /** Binds each command to the key the user now has for it in Weasis's shortcut preferences. */
  void rebindShortcuts() {
    InputMap keys = getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
    defaults.forEach(
        (command, fallback) -> {
          if (keys.keys() != null) {
            for (KeyStroke bound : keys.keys()) {
              if (command.equals(keys.get(bound))) {
                keys.remove(bound);
              }
            }
          }
          keys.put(WeasisShortcuts.current(command, fallback), command);
        });
  }

  private JButton addCommand(ShareAction<?> command, String name, String key) {
    JButton b = new JButton(command);
    b.setHideActionText(true);
    b.setName(name);
    add(b);
    // Registered with Weasis (listed and changeable in its shortcut preferences).
    defaults.put(key, command.shortcut());
    KeyStroke shortcut =
        WeasisShortcuts.register(
            key, (String) command.getValue(javax.swing.Action.NAME), command.shortcut());
    getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(shortcut, key);
    getActionMap()
        .put(
            key,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                command.shareCurrent();
              }
            });
    return b;
  }

  /**
   * Adds a further share command (e.g. Share layout) as a button after Share; its enabled state is
   * refreshed like Share's.
   */
  public JButton addShareCommand(ShareAction<?> command, String name) {
    JButton extra = new JButton(command);
    extra.setHideActionText(true);
    extra.setName(name);
    MouseAdapter refresh =
        new MouseAdapter() {
          @Override
          public void mouseEntered(MouseEvent e) {
            command.refreshEnabled();
          }
        };
    addMouseListener(refresh);
    extra.addMouseListener(refresh);
    add(extra);
    return extra;
  }

  /**
   * Disables every share command of the bar for good, each button explaining {@code reason} in its
   * tooltip (the platform has no OCR engine, so no image could be checked).
   */
  public void makeUnavailable(String reason) {
    for (java.awt.Component c : getComponents()) {
      if (c instanceof JButton b && b.getAction() instanceof ShareAction<?> command) {
        command.makeUnavailable(reason);
        b.setToolTipText(reason);
      }
    }
  }

  /** The Share button (for tests and accessibility tools). */
  public JButton shareButton() {
    return button;
  }

  /** The command behind the button and the shortcut. */
  public ShareAction<?> shareAction() {
    return action;
  }

  /** The Share clip button, or null on a bar without it. */
  public JButton clipButton() {
    return clipButton;
  }

  /** The Share clip command, or null on a bar without it. */
  public ShareAction<?> clipAction() {
    return clipAction;
  }
}
