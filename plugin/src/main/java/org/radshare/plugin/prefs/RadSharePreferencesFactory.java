/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.util.Hashtable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.radshare.plugin.settings.PluginSettings;
import org.weasis.core.api.gui.PreferencesPageFactory;
import org.weasis.core.api.gui.util.AbstractItemDialogPage;

/** Adds RadShare's page to the Weasis preferences dialog (asked each time the dialog opens). */
@Component(service = PreferencesPageFactory.class)
public final class RadSharePreferencesFactory implements PreferencesPageFactory {

  @Reference private PluginSettings settings;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile AccountService accounts;

  @Override
  public AbstractItemDialogPage createInstance(Hashtable<String, Object> properties) {
    return new RadSharePreferencesPage(settings, () -> accounts);
  }

  @Override
  public boolean isComponentCreatedByThisFactory(org.weasis.core.api.gui.Insertable component) {
    return component instanceof RadSharePreferencesPage;
  }
}
