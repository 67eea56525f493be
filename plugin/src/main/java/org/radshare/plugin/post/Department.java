/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.accounts.SignIn;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;
import org.radshare.core.policy.PolicyLocation;
import org.radshare.core.review.ShareDefaults;
import org.radshare.core.share.PublishSetup;
import org.radshare.plugin.settings.PluginSettings;

/**
 * The department's configuration as the plugin reads it, fresh for every share: the policy from the
 * location IT configured (no built-in fallback: without a usable policy nothing is posted), the
 * connector settings in that same file, and the radiologist's signed-in accounts in the encrypted
 * token store the command line uses too.
 */
public final class Department {

  private final Supplier<String> policyLocation;
  private final Function<String, Path> dataFolder;
  private final TokenStore store;
  private final Function<Platform, ApiClient> http;

  public Department(
      Supplier<String> policyLocation,
      Function<String, Path> dataFolder,
      TokenStore store,
      Function<Platform, ApiClient> http) {
    this.policyLocation = policyLocation;
    this.dataFolder = dataFolder;
    this.store = store;
    this.http = http;
  }

  /** The department as {@code settings} describe it, with the user's token store. */
  public static Department of(PluginSettings settings) {
    return new Department(
        () -> settings.department(ShareDefaults.POLICY),
        settings::dataFolder,
        EncryptedFileTokenStore.inUserConfig(),
        ApiClient::create);
  }

  /** The policy file, downloaded first when IT gave an https address. */
  public Path policyFile() throws PolicyException {
    return PolicyLocation.localFile(policyLocation.get(), dataFolder.apply("policy"));
  }

  /** The validated department policy. */
  public DepartmentPolicy policy() throws PolicyException {
    return PolicyLoader.load(policyFile());
  }

  /**
   * What posting a still or a clip needs, read fresh: the validated policy (with its audit log),
   * the connector settings in the same file, the radiologist's sign-ins and the local outbox.
   */
  public PublishSetup publishSetup() throws PolicyException {
    Path file = policyFile();
    return new PublishSetup(
        PolicyLoader.load(file), Optional.of(file), () -> store, outbox(), Clock.systemUTC(), http);
  }

  /** The saved accounts and the connectors posting as them. */
  public Accounts accounts() throws PolicyException, SettingsException {
    return new Accounts(connectorSettings(), store, Clock.systemUTC(), http);
  }

  /**
   * The saved accounts for listing and signing out only: without a policy there are no client ids,
   * but the user can still see and remove what is stored.
   */
  public Accounts savedAccounts() {
    try {
      return accounts();
    } catch (PolicyException | SettingsException e) {
      return new Accounts(new ConnectorSettings(List.of()), store, Clock.systemUTC(), http);
    }
  }

  /** Signing in with the department's client ids. */
  public SignIn signIn() throws PolicyException, SettingsException {
    return new SignIn(connectorSettings(), store, Clock.systemUTC(), http);
  }

  /** The radiologist's saved sign-ins. */
  public TokenStore tokenStore() {
    return store;
  }

  /** Where the local outbox writes what would be sent. */
  public Path outbox() {
    return dataFolder.apply("outbox");
  }

  private ConnectorSettings connectorSettings() throws PolicyException, SettingsException {
    return ConnectorSettings.load(policyFile());
  }
}
