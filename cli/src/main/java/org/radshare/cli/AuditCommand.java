/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.radshare.core.audit.CheckpointKeys;
import org.radshare.core.audit.Pseudonymizer;
import org.radshare.core.audit.atna.AtnaExporter;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radshare audit verify|report|keygen}: for compliance staff and IT. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify and report on the share audit trail.",
    subcommands = {
      AuditVerifyCommand.class,
      AuditReportCommand.class,
      AuditRepairCommand.class,
      AuditCommand.Keygen.class,
      AuditCommand.AtnaSend.class,
      AuditCommand.Pseudonym.class
    })
public final class AuditCommand implements Runnable {

  /** Exit status of {@code audit verify} when the last record is incomplete (crash or cut). */
  public static final int EXIT_TRUNCATED = 3;

  /** Exit status of {@code audit verify} when the log was tampered with. */
  public static final int EXIT_TAMPERED = 4;

  /** Exit status of {@code audit verify} when the log holds no records. */
  public static final int EXIT_EMPTY = 5;

  /** Exit status of {@code audit verify --key} when records follow the last signed checkpoint. */
  public static final int EXIT_UNSIGNED_TAIL = 6;

  /**
   * The files to read for {@code log}: the files rotated out of it, oldest first, then the log. A
   * missing file or a folder is bad input.
   */
  static java.util.List<Path> logSet(Path log) throws BadInput {
    if (java.nio.file.Files.isDirectory(log)) {
      throw new BadInput(
          "the log path "
              + log
              + " is a folder: give the audit log file in it (the policy's audit.log), e.g. "
              + log.resolve("audit.jsonl"));
    }
    if (!java.nio.file.Files.isRegularFile(log)) {
      throw new BadInput("no audit log at " + log + " (the policy's audit.log names it)");
    }
    if (!java.nio.file.Files.isReadable(log)) {
      throw new BadInput("cannot read the audit log " + log + ": ask IT for read access");
    }
    try {
      return org.radshare.core.audit.LogRotation.setOf(log);
    } catch (IOException e) {
      throw new BadInput("cannot list the folder of " + log + ": ask IT for read access");
    }
  }

  @Override
  public void run() {
    System.err.println("radshare audit: say what to do: verify, report or keygen (see --help)");
  }

  /** Reads the department public key, or reports a one-line bad-input error. */
  static Optional<PublicKey> publicKey(Path file) throws BadInput {
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(CheckpointKeys.readPublicKey(file));
    } catch (IOException e) {
      throw new BadInput("cannot read the public key: " + e.getMessage());
    }
  }

  /** A date (UTC midnight) or an instant. */
  static Instant since(String text) throws BadInput {
    try {
      return text.contains("T")
          ? Instant.parse(text)
          : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInput(
          "--since must be a date like 2026-03-01 or an instant like 2026-03-01T09:00:00Z");
    }
  }

  /** A user error: printed as one line, exit 2. */
  static final class BadInput extends Exception {
    BadInput(String message) {
      super(message);
    }
  }

  /** Creates the department keys: the pseudonym secret and the checkpoint signing pair. */
  @Command(
      name = "keygen",
      mixinStandardHelpOptions = true,
      description = "Create the department audit secret and/or Ed25519 checkpoint key pair.")
  static final class Keygen implements Callable<Integer> {
    @Option(names = "--secret", paramLabel = "FILE", description = "Write a new pseudonym secret.")
    Path secret;

    @Option(
        names = "--private",
        paramLabel = "FILE",
        description = "Write the signing key (PKCS#8 PEM).")
    Path privateKey;

    @Option(
        names = "--public",
        paramLabel = "FILE",
        description = "Write the verification key (PEM).")
    Path publicKey;

    @Override
    public Integer call() throws IOException {
      if (secret == null && (privateKey == null || publicKey == null)) {
        System.err.println(
            "radshare: give --secret FILE and/or both --private FILE and --public FILE");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      for (Path p : new Path[] {secret, privateKey, publicKey}) {
        if (p != null
            && p.toAbsolutePath().getParent() != null
            && !p.toAbsolutePath().getParent().toFile().isDirectory()) {
          System.err.println("radshare: the folder of " + p + " does not exist; create it first");
          return RadShareCommand.EXIT_BAD_INPUT;
        }
        if (p != null && p.toFile().exists()) {
          System.err.println("radshare: " + p + " exists; refusing to overwrite a key");
          return RadShareCommand.EXIT_BAD_INPUT;
        }
      }
      if (secret != null) {
        Pseudonymizer.writeNewKey(secret);
        System.out.println(
            "wrote pseudonym secret " + secret + " (owner-only; keep it private; back it up)");
      }
      if (privateKey != null) {
        CheckpointKeys.generate(privateKey, publicKey);
        System.out.println(
            "wrote signing key " + privateKey + " (owner-only) and verification key " + publicKey);
      }
      return RadShareCommand.EXIT_OK;
    }
  }

  /** Sends the queued ATNA messages now (e.g. from cron after an outage). */
  @Command(
      name = "atna-send",
      mixinStandardHelpOptions = true,
      description = {
        "Send the queued ATNA audit messages to the repository the policy configures.",
        "Exit status: 0 queue empty afterwards; 5 messages still queued (repository unreachable);",
        "2 bad input (policy invalid or without ATNA)."
      })
  static final class AtnaSend implements Callable<Integer> {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "policy.json")
    Path policy;

    @Override
    public Integer call() throws IOException {
      DepartmentPolicy loaded;
      try {
        loaded = PolicyLoader.load(policy);
      } catch (PolicyException e) {
        System.err.println("radshare: " + e.getMessage().lines().findFirst().orElse(""));
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      if (loaded.audit().atna().isEmpty()) {
        System.err.println("radshare: the policy configures no ATNA repository (audit.atna)");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      AtnaExporter exporter = AtnaExporter.fromPolicy(loaded.audit().atna().get());
      int sent = exporter.drain();
      int left = exporter.queued();
      System.out.println("sent " + sent + ", still queued " + left);
      return left == 0 ? RadShareCommand.EXIT_OK : EXIT_STILL_QUEUED;
    }
  }

  /** Exit status of {@code audit atna-send} when messages remain queued. */
  public static final int EXIT_STILL_QUEUED = 5;

  /** Computes the pseudonym of an identifier read from standard input, to search the trail. */
  @Command(
      name = "pseudonym",
      mixinStandardHelpOptions = true,
      description = {
        "Print the pseudonym of a patient ID or study UID read from standard input (never from the",
        "command line, which other users and shell history can see), to find its shares in the",
        "trail. Needs the department secret. Exit status: 0 printed; 2 bad input."
      })
  static final class Pseudonym implements Callable<Integer> {
    @Option(names = "--secret", required = true, paramLabel = "FILE", description = "The secret.")
    Path secret;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "patient or study")
    String kind;

    @Override
    public Integer call() throws IOException {
      if (!kind.equals("patient") && !kind.equals("study")) {
        System.err.println("radshare: --kind must be patient or study");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      Pseudonymizer pseudonymizer;
      try {
        pseudonymizer = Pseudonymizer.fromKeyFile(secret);
      } catch (IOException e) {
        System.err.println("radshare: cannot read the secret: " + e.getMessage());
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      String value =
          new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      if (value.isEmpty()) {
        System.err.println("radshare: give the identifier on standard input");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      System.out.println(pseudonymizer.pseudonym(kind, value));
      return RadShareCommand.EXIT_OK;
    }
  }
}
