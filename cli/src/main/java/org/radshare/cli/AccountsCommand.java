/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.accounts.Accounts;
import org.radshare.core.connect.accounts.SignIn;
import org.radshare.core.connect.config.ConnectorSettings;
import org.radshare.core.connect.config.SettingsException;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.oauth.BrowserLauncher;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.connect.token.TokenStore;
import org.radshare.core.connect.token.TokenStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radshare accounts list|login|logout}: connects RadShare to the department's platform
 * accounts. Tokens are never printed; the client ids come from the department configuration given
 * with {@code --config}.
 */
@Command(
    name = "accounts",
    mixinStandardHelpOptions = true,
    description = "List, sign in to and sign out of platform accounts.",
    subcommands = {
      AccountsCommand.ListAccounts.class,
      AccountsCommand.Login.class,
      AccountsCommand.Logout.class
    })
public final class AccountsCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Options every accounts subcommand shares. */
  static final class Common {
    @Option(names = "--config", description = "Department configuration (policy.json).")
    Path config;

    @Option(
        names = "--token-dir",
        description = "Where sign-ins are kept (default: the user's RadShare config folder).")
    Path tokenDir;

    TokenStore store() {
      if (tokenDir == null) {
        return EncryptedFileTokenStore.inUserConfig();
      }
      return new EncryptedFileTokenStore(
          tokenDir.resolve("tokens"), new KeyFile(tokenDir.resolve("token.key")));
    }

    ConnectorSettings settings(boolean required) throws SettingsException {
      if (config == null) {
        if (required) {
          throw new SettingsException(
              "Give the department configuration with --config (it holds the client ids).");
        }
        return new ConnectorSettings(List.of());
      }
      return ConnectorSettings.load(config);
    }
  }

  /** Runs an action, turning expected failures into one line on stderr and exit status 2. */
  static int guarded(PrintWriter err, Action action) {
    try {
      action.run();
      return RadShareCommand.EXIT_OK;
    } catch (ConnectorException | SettingsException | TokenStoreException e) {
      err.println("radshare: " + e.getMessage());
      return RadShareCommand.EXIT_BAD_INPUT;
    }
  }

  @FunctionalInterface
  interface Action {
    void run() throws ConnectorException, SettingsException, TokenStoreException;
  }

  static Platform platform(String key) throws SettingsException {
    return Platform.byKey(key)
        .filter(p -> p != Platform.OUTBOX)
        .orElseThrow(
            () ->
                new SettingsException(
                    "Unknown platform \""
                        + key
                        + "\"; use mastodon, x, linkedin, bluesky or facebook."));
  }

  @Command(name = "list", description = "Show connected accounts (never their tokens).")
  static final class ListAccounts implements Callable<Integer> {
    @Mixin Common common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return guarded(
          spec.commandLine().getErr(),
          () -> {
            Accounts accounts =
                new Accounts(
                    common.settings(false), common.store(), Clock.systemUTC(), ApiClient::create);
            List<Accounts.Entry> entries = accounts.list();
            if (entries.isEmpty()) {
              out.println("No accounts connected.");
            }
            for (Accounts.Entry e : entries) {
              out.println(e.id().platform().key() + "\t" + e.id().name() + "\t" + e.status());
            }
            out.flush();
          });
    }
  }

  @Command(name = "login", description = "Sign in to a platform and keep the sign-in encrypted.")
  static final class Login implements Callable<Integer> {
    @Mixin Common common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "mastodon, x, linkedin, bluesky or facebook")
    String platform;

    @Option(names = "--handle", description = "Bluesky handle, e.g. dept.bsky.social.")
    String handle;

    @Option(
        names = "--app-password-stdin",
        description = "Read the Bluesky app password from standard input.")
    boolean passwordFromStdin;

    @Option(
        names = "--timeout",
        defaultValue = "300",
        description = "Seconds to wait for the browser sign-in (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      return guarded(
          err,
          () -> {
            Platform p = platform(platform);
            SignIn signIn =
                new SignIn(
                    common.settings(true), common.store(), Clock.systemUTC(), ApiClient::create);
            AccountId id =
                p == Platform.BLUESKY
                    ? signIn.bluesky(requireHandle(), appPassword(err))
                    : signIn.oauth(p, browser(err), Duration.ofSeconds(timeoutSeconds));
            out.println("Signed in to " + p.displayName() + " as " + id.name() + ".");
            out.flush();
          });
    }

    private String requireHandle() throws SettingsException {
      if (handle == null || handle.isBlank()) {
        throw new SettingsException("Give the Bluesky handle with --handle.");
      }
      return handle;
    }

    private String appPassword(PrintWriter err) throws SettingsException {
      Console console = System.console();
      if (!passwordFromStdin && console != null) {
        char[] pw = console.readPassword("Bluesky app password: ");
        return pw == null ? "" : new String(pw);
      }
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
          throw new SettingsException("No app password was given on standard input.");
        }
        return line.strip();
      } catch (IOException e) {
        throw new SettingsException("Could not read the app password.", e);
      }
    }

    /** Prints the address and, on a desktop, opens it in the default browser (without waiting). */
    static BrowserLauncher browser(PrintWriter err) {
      return url -> {
        err.println("Open this address to sign in: " + url);
        err.flush();
        if (!GraphicsEnvironment.isHeadless()
            && Desktop.isDesktopSupported()
            && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
          Thread t =
              new Thread(
                  () -> {
                    try {
                      Desktop.getDesktop().browse(URI.create(url.toString()));
                    } catch (IOException | RuntimeException e) {
                      // The printed address still works.
                    }
                  },
                  "radshare-browser");
          t.setDaemon(true);
          t.start();
        }
      };
    }
  }

  @Command(name = "logout", description = "Revoke and forget a sign-in.")
  static final class Logout implements Callable<Integer> {
    @Mixin Common common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "mastodon, x, linkedin, bluesky or facebook")
    String platform;

    @Parameters(index = "1", arity = "0..1", description = "Account name as shown by list.")
    String account;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return guarded(
          spec.commandLine().getErr(),
          () -> {
            Platform p = platform(platform);
            TokenStore store = common.store();
            List<AccountId> matches =
                store.accounts().stream()
                    .filter(a -> a.platform() == p)
                    .filter(a -> account == null || a.name().equals(account))
                    .toList();
            if (matches.size() != 1) {
              throw new SettingsException(
                  matches.isEmpty()
                      ? "No "
                          + p.displayName()
                          + " account is signed in"
                          + (account == null ? "." : " as " + account + ".")
                      : "Several "
                          + p.displayName()
                          + " accounts are signed in; name the one to sign out.");
            }
            new Accounts(common.settings(false), store, Clock.systemUTC(), ApiClient::create)
                .logout(matches.get(0));
            out.println("Signed out of " + p.displayName() + " (" + matches.get(0).name() + ").");
            out.flush();
          });
    }
  }
}
