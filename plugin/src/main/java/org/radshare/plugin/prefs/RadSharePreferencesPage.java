/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.awt.BorderLayout;
import java.util.function.Supplier;
import org.radshare.plugin.Messages;
import org.radshare.plugin.settings.PluginSettings;
import org.weasis.core.api.gui.util.AbstractItemDialogPage;

/**
 * RadShare's page in the Weasis preferences dialog: a thin frame around {@link PreferencesForm}.
 */
public final class RadSharePreferencesPage extends AbstractItemDialogPage {

  private static final long serialVersionUID = 1L;

  /** A top-level page (>= 1000), after Weasis's own. */
  public static final int PAGE_POSITION = 1150;

  private final PreferencesForm form;

  public RadSharePreferencesPage(PluginSettings settings, Supplier<AccountService> accounts) {
    super(Messages.getString("prefs.title"), PAGE_POSITION);
    setLayout(new BorderLayout());
    form = new PreferencesForm(settings, accounts);
    add(form, BorderLayout.CENTER);
    getProperties().setProperty("show.apply", Boolean.TRUE.toString());
    getProperties().setProperty("show.restore", Boolean.TRUE.toString());
  }

  @Override
  public void resetToDefaultValues() {
    form.restoreDefaults();
  }

  @Override
  public void closeAdditionalWindow() {
    form.save();
  }
}
