/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import org.radshare.core.audit.AuditLogException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code radshare} command line: the same core pipeline as the Weasis plugin, for files. The
 * contract (subcommands, JSON shapes, exit codes 0 ran / 1 internal error / 2 bad input) is in
 * docs/architecture.md and is stable because external tooling depends on it.
 */
@Command(
    name = "radshare",
    mixinStandardHelpOptions = true,
    version = "RadShare 0.1.0",
    description = "Share de-identified radiology images safely.",
    subcommands = {
      ScanCommand.class,
      RedactCommand.class,
      BenchCommand.class,
      BenchCineCommand.class,
      DemoCommand.class,
      PostCommand.class,
      AuditCommand.class,
      PolicyCommand.class,
      AccountsCommand.class
    })
public final class RadShareCommand implements Runnable {

  /** Exit status for a run that completed, whatever the verdict. */
  public static final int EXIT_OK = 0;

  /** Exit status for an internal error (a bug): the message says what failed. */
  public static final int EXIT_INTERNAL = 1;

  /** Exit status for bad input or usage, with a one-line reason on stderr. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status (tests call this instead of main). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new RadShareCommand());
    cl.setExitCodeExceptionMapper(e -> EXIT_INTERNAL);
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          Throwable cause = ex;
          while (cause != null
              && !(cause instanceof AuditLogException)
              && !(cause instanceof AuditCommand.BadInput)) {
            cause = cause.getCause();
          }
          if (cause != null) {
            // Says what is wrong with the audit log or the audit command's input and what to do;
            // never quotes log content.
            System.err.println("radshare: " + cause.getMessage());
            return EXIT_BAD_INPUT;
          }
          // The message could quote input text, so only the kind of failure is printed unless
          // the user asks for details.
          System.err.println("radshare: internal error (" + ex.getClass().getSimpleName() + ")");
          if (System.getenv("RADSHARE_DEBUG") != null) {
            ex.printStackTrace();
          }
          return EXIT_INTERNAL;
        });
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          System.err.println("radshare: " + ex.getMessage());
          return EXIT_BAD_INPUT;
        });
    return cl.execute(args);
  }
}
