package org.radshare.plugin.review;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.review.Hashtags;
import org.radshare.core.review.ReviewModel;
import org.radshare.core.review.ShareDefaults;
import org.radshare.core.share.ScanReport;
import org.radshare.plugin.Messages;

/**
 * The review window: what will leave the hospital, side by side with the capture, and everything
 * the radiologist must decide before posting. The checks (header read, OCR) and the upload run off
 * the event thread with progress and a Cancel button; the viewer stays responsive.
 *
 * <p>Fails closed: without a backend, or when a check fails, the verdict is BLOCK and Post stays
 * disabled. All rules live in core's {@link ReviewModel}; this class renders it.
 */
public final class ReviewDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  /** Fired (old null, new findings) each time a caption check is accepted; for tests and tools. */
  public static final String CAPTION_CHECKED = "radshare.captionChecked";

  private final transient ReviewBackend backend;
  private final transient BufferedImage capture;
  private final transient Callable<String> header;
  private final transient ShareDefaults defaults;
  private final transient CompletableFuture<ReviewModel> scanned = new CompletableFuture<>();
  private transient ReviewModel model;
  private transient String headerJson;
  private final transient ReviewTasks tasks;
  private boolean failed;

  private final RegionCanvas before;
  private final ImagePane after = new ImagePane();
  private final CaptionEditor caption;
  private final PlatformPreview platforms;
  private final VerdictPanel verdict;
  private final JTextField altText = new JTextField(40);
  private final JCheckBox warn = new JCheckBox(Messages.getString("review.contentWarning"));
  private final JTextField warning = new JTextField(24);
  private final JTextField hashtags = new JTextField(24);
  private final JCheckBox attest = new JCheckBox(Messages.getString("review.attest"));
  private final JToggleButton crop = new JToggleButton(Messages.getString("review.crop"));
  private final JButton clearCrop = new JButton(Messages.getString("review.clearCrop"));
  private final JButton post = new JButton(Messages.getString("review.post"));
  private final JButton cancel = new JButton(Messages.getString("review.cancel"));
  private final JProgressBar progress = new JProgressBar();
  private final JLabel status = new JLabel(" ");

  public ReviewDialog(
      Window owner,
      ReviewBackend backend,
      BufferedImage capture,
      Callable<String> header,
      ShareDefaults defaults) {
    super(owner, Messages.getString("review.title"), ModalityType.MODELESS);
    this.backend = backend;
    this.capture = capture;
    this.header = header;
    this.defaults = defaults;
    setName("radshare.review");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    before = new RegionCanvas(capture, this::planChanged);
    caption = new CaptionEditor(this::checkCaption, new CaptionEvents());
    platforms = new PlatformPreview((p, on) -> update(() -> model.setPlatform(p, on)));
    verdict = new VerdictPanel(this::refresh, () -> model, this::checkCaption);
    tasks = new ReviewTasks(progress, status, cancel);
    layoutContent();
    wireFields();
    setControlsEnabled(false);
    pack();
    setLocationRelativeTo(owner);
  }

  /** Shows the window and starts the checks; {@link #scanned()} completes when they are done. */
  public void start() {
    setVisible(true);
    verdict.showChecking();
    if (backend == null) {
      fail(Messages.getString("review.noBackend"));
      return;
    }
    tasks.run(
        Messages.getString("review.scanning"),
        () -> {
          String json = header.call();
          return new Object[] {json, backend.scan(capture, json, ""), rules()};
        },
        result -> {
          verdict.setRules((JustificationRules) result[2]);
          ready((String) result[0], (ScanReport) result[1]);
        },
        this::fail,
        this::dispose);
  }

  /** Completes with the model once the capture has been checked (exceptionally if it failed). */
  public CompletableFuture<ReviewModel> scanned() {
    return scanned;
  }

  /** Cancels any running work and closes the window. */
  public void cancelAndDispose() {
    tasks.cancel();
    caption.stop();
    dispose();
  }

  @Override
  public void dispose() {
    caption.stop();
    verdict.stop();
    tasks.cancel();
    super.dispose();
  }

  private void ready(String json, ScanReport report) {
    headerJson = json;
    model = new ReviewModel(capture.getWidth(), capture.getHeight(), report);
    model.setContentWarning(warn.isSelected() ? warning.getText() : "");
    model.setHashtags(hashtags.getText());
    before.setPlan(model.plan());
    setControlsEnabled(true);
    caption.checkNow();
    planChanged();
    scanned.complete(model);
  }

  private void fail(Exception e) {
    fail(e.getMessage() == null ? Messages.getString("review.checkFailed") : e.getMessage());
  }

  /** One line a radiologist can act on (core's messages never quote PHI). */
  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }

  private void fail(String message) {
    failed = true;
    verdict.showFailure(message);
    post.setEnabled(false);
    scanned.completeExceptionally(new IllegalStateException(message));
  }

  private List<CaptionFinding> checkCaption(String text) throws Exception {
    if (headerJson == null) {
      throw new IllegalStateException(Messages.getString("review.checkFailed"));
    }
    return backend.scanCaption(headerJson, text);
  }

  /** Redaction or crop changed: refresh the verdict now and the "after" image in the background. */
  private void planChanged() {
    if (model == null) {
      return;
    }
    refresh();
    tasks.preview(
        () -> Redactions.apply(backend, capture, model.plan()), after::setImage, this::fail);
  }

  private void update(Runnable change) {
    if (model != null) {
      change.run();
      refresh();
    }
  }

  private void refresh() {
    if (model == null || failed) {
      return;
    }
    verdict.show(model);
    platforms.show(model);
    post.setEnabled(verdict.canPost(model) && !tasks.busy());
  }

  /** The policy's justification rules; unknown rules ask for none (the gate still applies). */
  private JustificationRules rules() {
    try {
      return backend.justificationRules();
    } catch (Exception e) {
      return JustificationRules.NONE;
    }
  }

  private void postNow() {
    if (model == null || !verdict.canPost(model)) {
      return;
    }
    var draft = verdict.draft(model);
    Justification why = verdict.justification();
    setControlsEnabled(false);
    tasks.run(
        Messages.getString("review.posting"),
        () ->
            backend.post(Redactions.apply(backend, capture, model.plan()), headerJson, draft, why),
        urls -> {
          status.setText(Messages.format("review.posted", String.join(" ", urls)));
          post.setEnabled(false);
        },
        e -> {
          setControlsEnabled(true);
          status.setText(Messages.format("review.postFailed", reason(e)));
        },
        () -> setControlsEnabled(true));
  }

  private void layoutContent() {
    JPanel images =
        new JPanel(new MigLayout("insets 0", "[grow,fill][grow,fill]", "[][grow,fill]"));
    images.add(new JLabel(Messages.getString("review.before")));
    images.add(new JLabel(Messages.getString("review.after")), "wrap");
    images.add(before, "w 320:480:, h 240:360:");
    images.add(after, "w 320:480:, h 240:360:, wrap");
    images.add(crop, "split 2");
    images.add(clearCrop);
    images.add(new JLabel(Messages.getString("review.hint")), "wrap");

    JPanel form = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow,fill]"));
    altText.setName("radshare.review.altText");
    altText.putClientProperty(
        "JTextField.placeholderText", Messages.getString("review.altText.hint"));
    hashtags.setName("radshare.review.hashtags");
    attest.setName("radshare.review.attest");
    post.setName("radshare.review.post");
    form.add(new JLabel(Messages.getString("review.caption")), "top");
    form.add(new JScrollPane(caption));
    form.add(new JLabel(Messages.getString("review.altText")));
    form.add(altText);
    form.add(new JLabel(Messages.getString("review.hashtags")));
    form.add(hashtags);
    form.add(warn);
    form.add(warning);
    form.add(new JLabel(Messages.getString("review.platforms")), "top");
    form.add(platforms);
    form.add(verdict, "span, growx, gaptop 6");
    form.add(attest, "span");

    JPanel buttons = new JPanel(new MigLayout("insets 0", "[grow,fill][][][]"));
    buttons.add(status);
    buttons.add(progress, "w 120!");
    buttons.add(cancel);
    buttons.add(post);

    JPanel content =
        new JPanel(new MigLayout("insets 10, wrap 1", "[grow,fill]", "[grow,fill][][]"));
    content.add(images);
    content.add(form);
    content.add(buttons);
    getContentPane().setLayout(new BorderLayout());
    getContentPane().add(content, BorderLayout.CENTER);
    getRootPane().setDefaultButton(null);
  }

  private void wireFields() {
    warning.setText(defaults.contentWarning());
    warn.setSelected(!defaults.contentWarning().isBlank());
    hashtags.setText(Hashtags.render(defaults.hashtags()));
    onEdit(altText, () -> model.setAltText(altText.getText()));
    onEdit(hashtags, () -> model.setHashtags(hashtags.getText()));
    onEdit(warning, () -> model.setContentWarning(warn.isSelected() ? warning.getText() : ""));
    warn.addActionListener(
        e -> update(() -> model.setContentWarning(warn.isSelected() ? warning.getText() : "")));
    attest.addActionListener(e -> update(() -> model.setAttested(attest.isSelected())));
    crop.addActionListener(e -> before.setCropMode(crop.isSelected()));
    clearCrop.addActionListener(
        e -> {
          if (model != null) {
            model.plan().clearCrop();
            before.repaint();
            planChanged();
          }
        });
    post.addActionListener(e -> postNow());
    post.setEnabled(false);
    cancel.addActionListener(e -> cancelAndDispose());
  }

  private void onEdit(JTextField field, Runnable change) {
    field
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                update(change);
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                update(change);
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                // attributes only
              }
            });
  }

  private void setControlsEnabled(boolean on) {
    for (var c :
        List.of(
            caption, altText, warn, warning, hashtags, attest, crop, clearCrop, before, verdict)) {
      c.setEnabled(on);
    }
    post.setEnabled(on && !failed && model != null && verdict.canPost(model));
  }

  /** The caption editor's events, applied to the model. */
  private final class CaptionEvents implements CaptionEditor.Listener {
    @Override
    public void edited(String text) {
      update(() -> model.setCaption(text));
    }

    @Override
    public boolean checked(String text, List<CaptionFinding> findings) {
      if (model == null || !model.setCaptionFindings(text, findings)) {
        return false;
      }
      refresh();
      firePropertyChange(CAPTION_CHECKED, null, findings);
      return true;
    }

    @Override
    public void failed(Exception e) {
      status.setText(Messages.getString("review.captionCheckFailed"));
      refresh();
    }
  }
}
