package org.radshare.plugin.review;

import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;
import org.radshare.core.review.PostBlocker;
import org.radshare.core.review.ReviewModel;
import org.radshare.plugin.Messages;

/**
 * The verdict in words and colour, every reason for it, the explicit confirmation a REVIEW verdict
 * needs, and what still keeps Post disabled.
 */
final class VerdictPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JLabel verdict = new JLabel();
  private final JLabel reasons = new JLabel();
  private final JLabel blockers = new JLabel();
  private final JCheckBox confirm = new JCheckBox(Messages.getString("review.confirmReview"));

  VerdictPanel(Runnable confirmed, ReviewModelHolder holder) {
    super(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
    verdict.setName("radshare.review.verdict");
    verdict.putClientProperty("FlatLaf.styleClass", "h3");
    confirm.setName("radshare.review.confirm");
    confirm.addActionListener(
        e -> {
          holder.model().setReviewConfirmed(confirm.isSelected());
          confirmed.run();
        });
    blockers.setName("radshare.review.blockers");
    add(verdict);
    add(reasons);
    add(confirm);
    add(blockers);
  }

  /** Gives the panel access to the model once the scan is done. */
  interface ReviewModelHolder {
    ReviewModel model();
  }

  void showChecking() {
    verdict.setText(Messages.getString("review.checking"));
    verdict.setForeground(RegionCanvas.UNKNOWN);
    confirm.setVisible(false);
  }

  void showFailure(String message) {
    verdict.setText(Messages.getString("verdict.BLOCK"));
    verdict.setForeground(RegionCanvas.PHI);
    reasons.setText(html(message));
    confirm.setVisible(false);
  }

  void show(ReviewModel model) {
    Verdict v = model.verdict();
    verdict.setText(Messages.getString("verdict." + v.name()));
    verdict.setForeground(
        switch (v) {
          case PASS -> RegionCanvas.BENIGN;
          case REVIEW -> RegionCanvas.UNKNOWN;
          case BLOCK -> RegionCanvas.PHI;
        });
    reasons.setText(
        html(
            model.reasons().stream()
                .map(VerdictPanel::describe)
                .collect(Collectors.joining("<br>"))));
    confirm.setVisible(v == Verdict.REVIEW);
    confirm.setSelected(model.isReviewConfirmed());
    Set<PostBlocker> open = model.blockers();
    blockers.setText(
        open.isEmpty()
            ? Messages.getString("review.ready")
            : html(
                open.stream()
                    .map(b -> "\u2022 " + Messages.getString("blocker." + b.name()))
                    .collect(Collectors.joining("<br>"))));
  }

  /** The translated text for a reason code, else core's English message (never a PHI value). */
  static String describe(Reason r) {
    String key = "reason." + r.code();
    String text = Messages.getString(key);
    return text.equals('!' + key + '!') ? r.message() : text;
  }

  private static String html(String text) {
    return "<html>"
        + text.replace("&", "&amp;")
            .replace("<br>", "\n")
            .replace("<", "&lt;")
            .replace("\n", "<br>")
        + "</html>";
  }
}
