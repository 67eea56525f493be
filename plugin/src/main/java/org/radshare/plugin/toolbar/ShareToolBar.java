package org.radshare.plugin.toolbar;

import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.radshare.plugin.Messages;
import org.weasis.core.ui.util.WtoolBar;

/**
 * The RadShare tool bar of the DICOM 2D viewer: one Share button (like Weasis's screenshot bar),
 * plus the keyboard shortcut, active anywhere in the viewer window.
 */
public final class ShareToolBar extends WtoolBar {

  private static final long serialVersionUID = 1L;

  /** After the built-in bars (screenshot 9 … cine 80), before the launcher bar (130). */
  public static final int POSITION = 95;

  static final String SHARE_COMMAND = "radshare.share";

  private final transient ShareAction<?> action;
  private final JButton button;

  public ShareToolBar(ShareAction<?> action) {
    super(Messages.getString("toolbar.name"), POSITION);
    this.action = action;
    this.button = new JButton(action);
    button.setHideActionText(true);
    button.setName("radshare.share.button");
    add(button);

    getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ShareAction.SHORTCUT, SHARE_COMMAND);
    getActionMap()
        .put(
            SHARE_COMMAND,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                action.shareCurrent();
              }
            });

    MouseAdapter refresh =
        new MouseAdapter() {
          @Override
          public void mouseEntered(MouseEvent e) {
            action.refreshEnabled();
          }
        };
    addMouseListener(refresh);
    button.addMouseListener(refresh);
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

  /** The Share button (for tests and accessibility tools). */
  public JButton shareButton() {
    return button;
  }

  /** The command behind the button and the shortcut. */
  public ShareAction<?> shareAction() {
    return action;
  }
}
