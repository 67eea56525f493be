/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.radshare.core.connect.Platform;
import org.radshare.core.review.Hashtags;
import org.radshare.core.review.ShareDefaults;
import org.radshare.plugin.Messages;
import org.radshare.plugin.prefs.AccountService.AccountStatus;
import org.radshare.plugin.settings.PluginSettings;

/**
 * The content of RadShare's preferences page: connected accounts with sign in / out per platform,
 * the radiologist's defaults (hashtags, content warning, whether to capture their own drawings) and
 * where the department policy comes from (set by IT, shown read-only).
 */
public final class PreferencesForm extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient PluginSettings settings;
  private final transient Supplier<AccountService> accounts;
  private final JTextField hashtags = new JTextField(30);
  private final JTextField contentWarning = new JTextField(30);
  private final JCheckBox keepDrawings = new JCheckBox(Messages.getString("prefs.keepDrawings"));
  private final Map<Platform, JLabel> status = new EnumMap<>(Platform.class);

  public PreferencesForm(PluginSettings settings, Supplier<AccountService> accounts) {
    super(new MigLayout("insets 10, wrap 4", "[][grow,fill][][]"));
    this.settings = settings;
    this.accounts = accounts;
    add(section("prefs.accounts"), "span, growx, gaptop 5");
    for (Platform p : Platform.values()) {
      if (p == Platform.OUTBOX) {
        continue; // the local outbox needs no account
      }
      JLabel state = new JLabel(Messages.getString("prefs.account.unknown"));
      status.put(p, state);
      JButton in = new JButton(Messages.getString("prefs.signIn"));
      JButton out = new JButton(Messages.getString("prefs.signOut"));
      in.addActionListener(e -> run(() -> service().signIn(p)));
      out.addActionListener(e -> run(() -> service().signOut(p)));
      add(new JLabel(p.displayName()));
      add(state);
      add(in);
      add(out);
    }
    add(section("prefs.defaults"), "span, growx, gaptop 10");
    add(new JLabel(Messages.getString("prefs.hashtags")));
    add(hashtags, "span");
    add(new JLabel(Messages.getString("prefs.contentWarning")));
    add(contentWarning, "span");
    add(keepDrawings, "skip, span");
    add(section("prefs.policy"), "span, growx, gaptop 10");
    String policy = settings.department(ShareDefaults.POLICY);
    add(
        new JLabel(
            policy == null || policy.isBlank()
                ? Messages.getString("prefs.policy.builtIn")
                : Messages.format("prefs.policy.from", policy)),
        "span");
    reset();
    refreshAccounts();
  }

  /** Shows the stored values again (and the department's where the user has none). */
  public void reset() {
    ShareDefaults d = settings.defaults();
    hashtags.setText(Hashtags.render(d.hashtags()));
    contentWarning.setText(d.contentWarning());
    keepDrawings.setSelected(d.keepDrawings());
  }

  /** Stores the radiologist's values (called on Apply and when the dialog closes). */
  public void save() {
    settings.saveUser(ShareDefaults.HASHTAGS, Hashtags.render(Hashtags.parse(hashtags.getText())));
    settings.saveUser(ShareDefaults.CONTENT_WARNING, contentWarning.getText().strip());
    settings.saveUser(ShareDefaults.KEEP_DRAWINGS, Boolean.toString(keepDrawings.isSelected()));
  }

  /** Removes the radiologist's own values, so the department's apply again. */
  public void restoreDefaults() {
    settings.saveUser(ShareDefaults.HASHTAGS, null);
    settings.saveUser(ShareDefaults.CONTENT_WARNING, null);
    settings.saveUser(ShareDefaults.KEEP_DRAWINGS, null);
    reset();
  }

  private AccountService service() {
    AccountService s = accounts.get();
    if (s == null) {
      throw new IllegalStateException(Messages.getString("prefs.accounts.unavailable"));
    }
    return s;
  }

  private void refreshAccounts() {
    AccountService s = accounts.get();
    if (s == null) {
      status.values().forEach(l -> l.setText(Messages.getString("prefs.accounts.unavailable")));
      return;
    }
    for (AccountStatus a : s.accounts()) {
      show(a);
    }
  }

  private void show(AccountStatus a) {
    JLabel label = status.get(a.platform());
    if (label != null) {
      label.setText(
          a.signedIn()
              ? Messages.format("prefs.account.signedIn", a.accountName())
              : Messages.getString("prefs.account.signedOut"));
    }
  }

  private interface AccountCall {
    AccountStatus call() throws Exception;
  }

  /** Account calls open a browser and wait for the user: never on the event thread. */
  private void run(AccountCall call) {
    new SwingWorker<AccountStatus, Void>() {
      @Override
      protected AccountStatus doInBackground() throws Exception {
        return call.call();
      }

      @Override
      protected void done() {
        try {
          show(get());
        } catch (Exception e) {
          javax.swing.JOptionPane.showMessageDialog(
              PreferencesForm.this,
              Messages.format("prefs.account.failed", reason(e)),
              Messages.getString("app.name"),
              javax.swing.JOptionPane.ERROR_MESSAGE);
        }
      }
    }.execute();
  }

  /** The service's own sentence (the cause of the worker's wrapper), on one line. */
  private static String reason(Exception e) {
    Throwable t =
        e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
            ? e.getCause()
            : e;
    String m = t.getMessage();
    return m == null || m.isBlank()
        ? t.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }

  private static JLabel section(String key) {
    JLabel l = new JLabel(Messages.getString(key));
    l.putClientProperty("FlatLaf.styleClass", "h4");
    return l;
  }
}
