package org.radshare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.radshare.core.audit.CheckpointKeys;
import org.radshare.core.audit.Pseudonymizer;
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
      AuditCommand.Keygen.class,
      AuditCommand.AtnaSend.class
    })
public final class AuditCommand implements Runnable {

  /** Exit status of {@code audit verify} when the last record is incomplete (crash or cut). */
  public static final int EXIT_TRUNCATED = 3;

  /** Exit status of {@code audit verify} when the log was tampered with. */
  public static final int EXIT_TAMPERED = 4;

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
  static final class Keygen implements java.util.concurrent.Callable<Integer> {
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
        if (p != null && p.toFile().exists()) {
          System.err.println("radshare: " + p + " exists; refusing to overwrite a key");
          return RadShareCommand.EXIT_BAD_INPUT;
        }
      }
      if (secret != null) {
        Pseudonymizer.writeNewKey(secret);
        System.out.println("wrote pseudonym secret " + secret + " (keep it private; back it up)");
      }
      if (privateKey != null) {
        CheckpointKeys.generate(privateKey, publicKey);
        System.out.println(
            "wrote signing key " + privateKey + " and verification key " + publicKey);
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
  static final class AtnaSend implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "policy.json")
    Path policy;

    @Override
    public Integer call() throws IOException {
      org.radshare.core.policy.DepartmentPolicy loaded;
      try {
        loaded = org.radshare.core.policy.PolicyLoader.load(policy);
      } catch (org.radshare.core.policy.PolicyException e) {
        System.err.println("radshare: " + e.getMessage().lines().findFirst().orElse(""));
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      if (loaded.audit().atna().isEmpty()) {
        System.err.println("radshare: the policy configures no ATNA repository (audit.atna)");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
      org.radshare.core.audit.atna.AtnaExporter exporter =
          org.radshare.core.audit.atna.AtnaExporter.fromPolicy(loaded.audit().atna().get());
      int sent = exporter.drain();
      int left = exporter.queued();
      System.out.println("sent " + sent + ", still queued " + left);
      return left == 0 ? RadShareCommand.EXIT_OK : EXIT_STILL_QUEUED;
    }
  }

  /** Exit status of {@code audit atna-send} when messages remain queued. */
  public static final int EXIT_STILL_QUEUED = 5;
}
