/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.connect.token.TokenStoreException;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;

/**
 * What posting needs, assembled the same way by every front end: the department policy, the
 * connector for a platform and account (the local outbox, or a saved sign-in opened with the
 * department's connector settings) and a {@link Publisher} writing to the policy's audit log.
 */
public final class PublishSetup {

  private final DepartmentPolicy policy;
  private final Optional<Path> settingsFile;
  private final Supplier<TokenStore> tokens;
  private final Path outbox;
  private final Clock clock;
  private final Function<Platform, ApiClient> http;

  /**
   * @param settingsFile the department file holding the connector settings (client ids); empty when
   *     only the outbox may be used
   * @param tokens the user's saved sign-ins, opened only when a network platform is asked for
   *     (opening may reach the system keychain)
   * @param outbox where the local outbox writes what would be sent
   * @param http how connectors reach each platform
   */
  public PublishSetup(
      DepartmentPolicy policy,
      Optional<Path> settingsFile,
      Supplier<TokenStore> tokens,
      Path outbox,
      Clock clock,
      Function<Platform, ApiClient> http) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.settingsFile = Objects.requireNonNull(settingsFile, "settingsFile");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** The department's policy file (which also holds its connector settings) and the sign-ins. */
  public static PublishSetup forDepartment(
      Path policyFile, Supplier<TokenStore> tokens, Path outbox) throws PolicyException {
    return new PublishSetup(
        PolicyLoader.load(policyFile),
        Optional.of(policyFile),
        tokens,
        outbox,
        Clock.systemUTC(),
        ApiClient::create);
  }

  /**
   * Posting to the local outbox only, under {@code policy} (the command line's demo policy): every
   * other platform is refused for want of connector settings.
   */
  public static PublishSetup outboxOnly(DepartmentPolicy policy, Path outbox) {
    return new PublishSetup(
        policy,
        Optional.empty(),
        () -> {
          throw new IllegalStateException("the outbox needs no sign-in");
        },
        outbox,
        Clock.systemUTC(),
        ApiClient::create);
  }

  public DepartmentPolicy policy() {
    return policy;
  }

  /** A connector and the account it posts as, as the audit log and the policy gate name it. */
  public record Target(Platform platform, String account, Connector connector) {}

  /**
   * The connector posting to {@code platform}: the outbox writes Mastodon-shaped entries; any other
   * platform posts as the saved sign-in {@code account}, or as the only one saved for that platform
   * when {@code account} is blank.
   *
   * @throws SettingsException when there are no connector settings for a network platform
   * @throws ConnectorException of kind AUTH when there is no (single) sign-in to post as
   */
  public Target target(Platform platform, String account)
      throws ConnectorException, SettingsException, TokenStoreException {
    if (platform == Platform.OUTBOX) {
      return new Target(
          platform, blankToEmpty(account), new OutboxConnector(outbox, Platform.MASTODON, clock));
    }
    if (settingsFile.isEmpty()) {
      throw new SettingsException(
          "Posting to " + platform.displayName() + " needs the department policy file.");
    }
    ConnectorSettings settings = ConnectorSettings.load(settingsFile.get());
    TokenStore store = tokens.get();
    String name = blankToEmpty(account);
    if (name.isEmpty()) {
      List<AccountId> mine =
          store.accounts().stream().filter(a -> a.platform() == platform).toList();
      name = mine.size() == 1 ? mine.get(0).name() : "";
    }
    Accounts accounts = new Accounts(settings, store, clock, http);
    return new Target(platform, name, accounts.open(platform, name.isEmpty() ? null : name));
  }

  /** Opens the policy's audit log; close the session when done posting. */
  public Session open(ShareService checks, Actor actor) throws IOException {
    AuditLog audit = AuditLog.open(policy.audit());
    return new Session(audit, new Publisher(checks, policy, audit, actor));
  }

  /** A publisher and the audit log it writes to, open together. */
  public static final class Session implements AutoCloseable {
    private final AuditLog audit;
    private final Publisher publisher;

    private Session(AuditLog audit, Publisher publisher) {
      this.audit = audit;
      this.publisher = publisher;
    }

    public Publisher publisher() {
      return publisher;
    }

    @Override
    public void close() throws IOException {
      audit.close();
    }
  }

  private static String blankToEmpty(String account) {
    return account == null ? "" : account.strip();
  }
}
