/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.radshare.plugin.Messages;
import org.radshare.plugin.capture.ClipOptions;

/**
 * Asks which frames to take before a clip is captured. Modeless, so that the radiologist can scroll
 * the viewer to mark a start and an end while it is open.
 */
final class ClipOptionsDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  ClipOptionsDialog(
      Window owner, int seriesSize, IntSupplier shownFrame, Consumer<ClipOptions> capture) {
    super(owner, Messages.getString("clip.options.title"), ModalityType.MODELESS);
    setName("radshare.clip.options");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    ClipOptionsForm form = new ClipOptionsForm(seriesSize, shownFrame);
    JButton ok = new JButton(Messages.getString("clip.capture"));
    ok.setName("radshare.clip.capture");
    JButton cancel = new JButton(Messages.getString("review.cancel"));
    ok.addActionListener(
        e -> {
          ClipOptions options = form.options();
          dispose();
          capture.accept(options);
        });
    cancel.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new MigLayout("insets 0", "[grow][][]"));
    buttons.add(new javax.swing.JLabel(), "growx");
    buttons.add(cancel);
    buttons.add(ok);
    JPanel content = new JPanel(new MigLayout("insets 10, wrap 1", "[grow,fill]"));
    content.add(form);
    content.add(buttons);
    getContentPane().add(content, BorderLayout.CENTER);
    getRootPane().setDefaultButton(ok);
    pack();
    setLocationRelativeTo(owner);
  }
}
