/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.policy.PolicyLoader;
import org.radshare.core.policy.PolicyProblem;
import org.radshare.core.policy.PolicyReadiness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code radshare policy check FILE}: for IT, before installing a department policy. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Department policy tools.",
    subcommands = {PolicyCommand.Check.class})
public final class PolicyCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("radshare policy: say what to do, e.g. 'radshare policy check policy.json'");
  }

  /** Validates a policy file and explains each problem; exit 0 valid, 2 invalid. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Validate a department policy against its schema and rules, and check that what it names"
            + " is usable on this machine (folders exist and are writable, keys readable and"
            + " private, URLs well formed).",
        "Exit status: 0 valid, 2 invalid or unreadable (each problem is listed), 1 internal error."
      })
  public static final class Check implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The policy.json to check.")
    Path file;

    @Override
    public Integer call() {
      try {
        DepartmentPolicy policy = PolicyLoader.load(file);
        List<PolicyProblem> notReady = PolicyReadiness.check(policy);
        if (!notReady.isEmpty()) {
          System.out.println(
              "not ready: "
                  + file
                  + " ("
                  + notReady.size()
                  + " problems the first share would hit)");
          for (PolicyProblem p : notReady) {
            System.out.println("  " + p.where() + ": " + p.message());
          }
          System.err.println("radshare: fix these on this machine before anyone shares");
          return RadShareCommand.EXIT_BAD_INPUT;
        }
        System.out.println(
            "valid: "
                + policy.department()
                + "; platforms "
                + policy.platforms().stream().map(DepartmentPolicy.PlatformRule::id).toList()
                + "; BLOCK override "
                + (policy.blockOverride().allowed() ? "ALLOWED" : "never")
                + "; audit log "
                + policy.audit().log());
        return RadShareCommand.EXIT_OK;
      } catch (PolicyException e) {
        System.out.println("invalid: " + file + " (" + e.problems().size() + " problems)");
        for (PolicyProblem p : e.problems()) {
          System.out.println("  " + p.where() + ": " + p.message());
        }
        System.err.println("radshare: the policy is not valid; sharing would be disabled");
        return RadShareCommand.EXIT_BAD_INPUT;
      }
    }
  }
}
