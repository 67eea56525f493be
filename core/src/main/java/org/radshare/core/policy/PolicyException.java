/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The department policy is missing or invalid, so nothing may be shared. The message lists every
 * problem; {@link #problems()} has them one by one.
 */
public final class PolicyException extends Exception {

  private final transient List<PolicyProblem> problems;

  public PolicyException(String source, List<PolicyProblem> problems) {
    super(
        "sharing is disabled: the department policy "
            + source
            + " is not usable ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PolicyProblem> problems() {
    return problems;
  }
}
