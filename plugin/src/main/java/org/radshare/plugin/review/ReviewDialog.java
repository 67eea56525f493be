package org.radshare.plugin.review;

import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import javax.swing.JDialog;
import org.radshare.core.review.ShareDefaults;

/** Placeholder (replaced by the review dialog). */
public final class ReviewDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  public ReviewDialog(
      Window owner,
      ReviewBackend backend,
      BufferedImage capture,
      Callable<String> header,
      ShareDefaults defaults) {
    super(owner);
  }

  public void start() {}

  public void cancelAndDispose() {
    dispose();
  }
}
