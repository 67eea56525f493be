/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.oauth.BrowserLauncher;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.TokenStoreException;
import org.radshare.plugin.post.Department;
import org.radshare.plugin.settings.PluginSettings;

/**
 * The preferences page's accounts over core's {@code connect.accounts}: the saved accounts from the
 * encrypted token store (shared with the command line), the browser sign-in with the department's
 * client ids and a loopback redirect, and sign-out that revokes where the platform allows it.
 */
@Component(service = AccountService.class)
public final class CoreAccountService implements AccountService {

  /** How long a sign-in waits for the user to finish in the browser. */
  static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

  @Reference private PluginSettings settings;

  private Department department;
  private BrowserLauncher browser;

  public CoreAccountService() {}

  CoreAccountService(Department department, BrowserLauncher browser) {
    this.department = department;
    this.browser = browser;
  }

  @Activate
  void activate() {
    department = Department.of(settings);
    browser = new SystemBrowser();
  }

  @Override
  public List<AccountStatus> accounts() {
    List<AccountId> saved = saved();
    List<AccountStatus> out = new ArrayList<>();
    for (Platform p : Platform.values()) {
      if (p != Platform.OUTBOX) {
        out.add(status(p, saved));
      }
    }
    return out;
  }

  @Override
  public AccountStatus signIn(Platform platform) throws Exception {
    if (platform == Platform.BLUESKY) {
      throw new IllegalStateException(
          "Bluesky signs in with an app password: run `radshare accounts login bluesky`.");
    }
    AccountId id = department.signIn().oauth(platform, browser, SIGN_IN_TIMEOUT);
    return new AccountStatus(platform, true, id.name());
  }

  @Override
  public AccountStatus signOut(Platform platform) throws Exception {
    Accounts accounts = department.savedAccounts();
    for (AccountId id : saved()) {
      if (id.platform() == platform) {
        accounts.logout(id);
      }
    }
    return status(platform, saved());
  }

  private List<AccountId> saved() {
    try {
      return department.savedAccounts().list().stream().map(Accounts.Entry::id).toList();
    } catch (TokenStoreException e) {
      return List.of(); // an unreadable store shows as signed out; signing in rewrites it
    }
  }

  private static AccountStatus status(Platform platform, List<AccountId> saved) {
    List<String> names =
        saved.stream().filter(a -> a.platform() == platform).map(AccountId::name).toList();
    return new AccountStatus(platform, !names.isEmpty(), String.join(", ", names));
  }
}
