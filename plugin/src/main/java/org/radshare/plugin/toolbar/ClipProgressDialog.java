/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.radshare.plugin.Messages;

/**
 * Shows how far a clip capture is and offers Cancel. Document-modal, so that the radiologist cannot
 * scroll the series the capture is driving, while the viewer still repaints: the capture releases
 * the event thread between frames. Closing the window cancels like the button.
 */
final class ClipProgressDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  private final JProgressBar bar;
  private final JLabel label;

  ClipProgressDialog(Window owner, int total, Runnable cancel) {
    super(owner, Messages.getString("clip.options.title"), ModalityType.DOCUMENT_MODAL);
    setName("radshare.clip.progress");
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    bar = new JProgressBar(0, total);
    label = new JLabel(Messages.format("clip.capturing", 0, total));
    JButton stop = new JButton(Messages.getString("review.cancel"));
    stop.setName("radshare.clip.progress.cancel");
    stop.addActionListener(e -> cancel.run());
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            cancel.run();
          }
        });
    JPanel content = new JPanel(new MigLayout("insets 10, wrap 1", "[grow,fill]"));
    content.add(label);
    content.add(bar, "w 300!");
    content.add(stop, "right, grow 0");
    getContentPane().add(content, BorderLayout.CENTER);
    getRootPane().setDefaultButton(stop);
    pack();
    setLocationRelativeTo(owner);
  }

  void progress(int done, int total) {
    bar.setValue(done);
    label.setText(Messages.format("clip.capturing", done, total));
  }
}
