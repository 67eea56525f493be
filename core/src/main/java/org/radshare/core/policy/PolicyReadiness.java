/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the first share will need from the machine, checked before any radiologist clicks Share: a
 * schema-valid policy can still name an audit folder that does not exist, a secret nobody can read
 * or an instance URL with a typo, and the share would then fail. Each problem says what to fix. Run
 * by {@code radshare policy check} on the workstation (or a copy of its layout).
 */
public final class PolicyReadiness {

  private PolicyReadiness() {}

  /** The problems that would stop a share on this machine; empty when ready. */
  public static List<PolicyProblem> check(DepartmentPolicy policy) {
    List<PolicyProblem> problems = new ArrayList<>();
    DepartmentPolicy.AuditSettings audit = policy.audit();
    writableFolder("$.audit.log", audit.log().toAbsolutePath().getParent(), problems);
    if (Files.exists(audit.log()) && !Files.isWritable(audit.log())) {
      problems.add(problem("$.audit.log", audit.log(), "exists but cannot be appended to"));
    }
    privateReadable("$.audit.secretFile", audit.secretFile(), problems);
    audit.checkpointKey().ifPresent(key -> privateReadable("$.audit.checkpointKey", key, problems));
    audit
        .atna()
        .ifPresent(
            atna -> {
              if (!hostName(atna.host())) {
                problems.add(
                    new PolicyProblem(
                        "$.audit.atna.host",
                        "\"" + atna.host() + "\" is not a host name or address"));
              }
              readable("$.audit.atna.trustedCertificates", atna.trustedCertificates(), problems);
              writableFolder("$.audit.atna.queueDirectory", atna.queueDirectory(), problems);
            });
    for (int i = 0; i < policy.platforms().size(); i++) {
      DepartmentPolicy.PlatformRule p = policy.platforms().get(i);
      String where = "$.platforms[" + i + "]";
      p.instance().ifPresent(url -> httpsUrl(where + ".instance", url, problems));
      if (p.id().equals("bluesky")) {
        p.clientId().ifPresent(url -> httpsUrl(where + ".clientId", url, problems));
      }
    }
    return problems;
  }

  private static void writableFolder(String where, Path dir, List<PolicyProblem> problems) {
    if (dir == null || !Files.isDirectory(dir)) {
      problems.add(problem(where, dir, "folder does not exist; create it (see docs/deploy.md)"));
    } else if (!Files.isWritable(dir)) {
      problems.add(problem(where, dir, "folder is not writable by this user"));
    }
  }

  private static void readable(String where, Path file, List<PolicyProblem> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(problem(where, file, "file does not exist"));
    } else if (!Files.isReadable(file)) {
      problems.add(problem(where, file, "file is not readable by this user"));
    }
  }

  /** A secret: readable by this user, and by nobody but its owner where permissions say so. */
  private static void privateReadable(String where, Path file, List<PolicyProblem> problems) {
    int before = problems.size();
    readable(where, file, problems);
    if (problems.size() > before) {
      return;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix == null) {
      return;
    }
    try {
      Set<PosixFilePermission> perms = posix.readAttributes().permissions();
      if (perms.contains(PosixFilePermission.OTHERS_READ)
          || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
        problems.add(problem(where, file, "is readable or writable by every user; chmod o-rwx it"));
      }
    } catch (IOException e) {
      problems.add(problem(where, file, "permissions cannot be read (" + e.getMessage() + ")"));
    }
  }

  private static void httpsUrl(String where, String url, List<PolicyProblem> problems) {
    Optional<String> why = urlProblem(url);
    why.ifPresent(w -> problems.add(new PolicyProblem(where, "\"" + url + "\" " + w)));
  }

  static Optional<String> urlProblem(String url) {
    try {
      URI uri = new URI(url);
      if (!"https".equalsIgnoreCase(uri.getScheme())) {
        return Optional.of("must be an https URL");
      }
      if (uri.getHost() == null || !hostName(uri.getHost())) {
        return Optional.of("has no valid host name");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("is not a well-formed URL (" + e.getReason() + ")");
    }
  }

  private static boolean hostName(String host) {
    return host != null
        && host.length() <= 253
        && (host.matches(
                "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")
            || host.matches("\\[[0-9a-fA-F:.]+\\]"));
  }

  private static PolicyProblem problem(String where, Path path, String what) {
    return new PolicyProblem(where, path + ": " + what);
  }
}
