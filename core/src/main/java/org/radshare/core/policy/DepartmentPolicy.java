/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What IT allows, read from {@code policy.json} by {@link PolicyLoader}: where radiologists may
 * share, which checks must run, who may confirm or override a verdict, what every post carries and
 * where the audit trail goes. There are no defaults: a share without a loaded policy is refused.
 */
public record DepartmentPolicy(
    String department,
    List<PlatformRule> platforms,
    Set<Check> requiredChecks,
    ReviewRule review,
    BlockOverrideRule blockOverride,
    PostRules post,
    AuditSettings audit) {

  public DepartmentPolicy {
    platforms = List.copyOf(platforms);
    requiredChecks = Set.copyOf(requiredChecks);
  }

  /** A check the share pipeline runs; a required check that cannot run blocks the share. */
  public enum Check {
    OCR,
    CAPTION,
    HEADER
  }

  /**
   * A platform the department allows.
   *
   * @param clientId the department's OAuth client ID (absent for outbox and self-registering
   *     Mastodon)
   * @param instance base URL of a Mastodon instance
   * @param accounts if not empty, the only account handles that may be posted to
   */
  public record PlatformRule(
      String id, Optional<String> clientId, Optional<String> instance, List<String> accounts) {
    public PlatformRule {
      accounts = List.copyOf(accounts);
    }
  }

  /** Whether the radiologist may confirm a REVIEW verdict, and how long the reason must be. */
  public record ReviewRule(boolean userMayConfirm, int justificationMinLength) {}

  /** Whether a BLOCK may be overridden at all (default no), and what that needs. */
  public record BlockOverrideRule(
      boolean allowed, int justificationMinLength, Optional<String> requiredRole) {}

  /** What every post carries. */
  public record PostRules(
      boolean altTextRequired,
      List<String> defaultHashtags,
      String disclaimer,
      Optional<String> contentWarning) {
    public PostRules {
      defaultHashtags = List.copyOf(defaultHashtags);
    }
  }

  /** Where the audit trail is kept and exported, for how long, and when its file is rotated. */
  public record AuditSettings(
      Path log,
      Path secretFile,
      Optional<Path> checkpointKey,
      int retentionDays,
      Optional<AtnaSettings> atna,
      Rotate rotate) {

    /** Settings that never rotate the log. */
    public AuditSettings(
        Path log,
        Path secretFile,
        Optional<Path> checkpointKey,
        int retentionDays,
        Optional<AtnaSettings> atna) {
      this(log, secretFile, checkpointKey, retentionDays, atna, new Rotate(0, false));
    }

    /**
     * When a new log file is started (the chain carries on in it).
     *
     * @param maxBytes at this size (0: never by size)
     * @param monthly at the first write of a new UTC month
     */
    public record Rotate(long maxBytes, boolean monthly) {}
  }

  /** The department's IHE ATNA audit record repository (syslog over TLS). */
  public record AtnaSettings(
      String host,
      int port,
      Path trustedCertificates,
      Path queueDirectory,
      Optional<String> auditSourceId) {}

  /** The rule for a platform, if the department allows it. */
  public Optional<PlatformRule> platform(String id) {
    return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Whether posting to {@code account} on {@code platformId} is allowed. */
  public boolean allows(String platformId, String account) {
    return platform(platformId)
        .map(p -> p.accounts().isEmpty() || p.accounts().contains(account))
        .orElse(false);
  }

  /** The caption as posted: the radiologist's text, then the disclaimer and default hashtags. */
  public String finalCaption(String caption) {
    StringBuilder out = new StringBuilder(caption.strip());
    if (!post.disclaimer().isBlank()) {
      out.append(out.length() > 0 ? "\n\n" : "").append(post.disclaimer().strip());
    }
    List<String> missing =
        post.defaultHashtags().stream().filter(tag -> !caption.contains(tag)).toList();
    if (!missing.isEmpty()) {
      out.append(out.length() > 0 ? "\n" : "").append(String.join(" ", missing));
    }
    return out.toString();
  }

  /** Whether a justification typed for overriding a verdict satisfies this policy. */
  public boolean acceptsOverride(Verdict verdict, String justification, Set<String> userRoles) {
    String text = justification == null ? "" : justification.strip();
    return switch (verdict) {
      case PASS -> true;
      case REVIEW -> review.userMayConfirm() && text.length() >= review.justificationMinLength();
      case BLOCK ->
          blockOverride.allowed()
              && text.length() >= blockOverride.justificationMinLength()
              && blockOverride.requiredRole().map(userRoles::contains).orElse(true);
    };
  }
}
