/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.radshare.core.policy.DepartmentPolicy.AtnaSettings;
import org.radshare.core.policy.DepartmentPolicy.AuditSettings;
import org.radshare.core.policy.DepartmentPolicy.BlockOverrideRule;
import org.radshare.core.policy.DepartmentPolicy.Check;
import org.radshare.core.policy.DepartmentPolicy.PlatformRule;
import org.radshare.core.policy.DepartmentPolicy.PostRules;
import org.radshare.core.policy.DepartmentPolicy.ReviewRule;

/**
 * Reads the department policy: JSON syntax, then the JSON Schema ({@code policy.schema.json},
 * 2020-12), then the rules a schema cannot express ({@link PolicySemantics}). Any problem throws
 * {@link PolicyException} listing all of them; there is no fallback to permissive defaults.
 * Relative paths in the file are resolved against the file's directory.
 */
public final class PolicyLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PolicyLoader() {}

  /** Loads and validates {@code file}. */
  public static DepartmentPolicy load(Path file) throws PolicyException {
    String source = file.toString();
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (NoSuchFileException e) {
      throw fail(source, "file", "not found; IT must install the department policy");
    } catch (JsonProcessingException e) {
      throw fail(
          source,
          "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw fail(source, "file", "cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw fail(source, "$", "the policy must be a JSON object");
    }
    List<PolicyProblem> problems = PolicySchema.validate(root);
    if (problems.isEmpty()) {
      problems = PolicySemantics.check(root);
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(source, problems);
    }
    Path base = file.toAbsolutePath().getParent();
    return map(root, base);
  }

  private static PolicyException fail(String source, String where, String message) {
    return new PolicyException(source, List.of(new PolicyProblem(where, message)));
  }

  private static DepartmentPolicy map(JsonNode root, Path base) {
    List<PlatformRule> platforms = new ArrayList<>();
    for (JsonNode p : root.path("platforms")) {
      List<String> accounts = new ArrayList<>();
      p.path("accounts").forEach(a -> accounts.add(a.asText()));
      platforms.add(
          new PlatformRule(
              p.path("id").asText(), text(p, "clientId"), text(p, "instance"), accounts));
    }
    Set<Check> checks = EnumSet.noneOf(Check.class);
    root.path("requiredChecks")
        .forEach(c -> checks.add(Check.valueOf(c.asText().toUpperCase(Locale.ROOT))));
    JsonNode review = root.path("review");
    JsonNode block = root.path("blockOverride");
    JsonNode post = root.path("post");
    List<String> tags = new ArrayList<>();
    post.path("defaultHashtags").forEach(t -> tags.add(t.asText()));
    JsonNode audit = root.path("audit");
    Optional<AtnaSettings> atna =
        audit.has("atna")
            ? Optional.of(
                new AtnaSettings(
                    audit.path("atna").path("host").asText(),
                    audit.path("atna").path("port").asInt(),
                    base.resolve(audit.path("atna").path("trustedCertificates").asText()),
                    base.resolve(audit.path("atna").path("queueDirectory").asText()),
                    text(audit.path("atna"), "auditSourceId")))
            : Optional.empty();
    return new DepartmentPolicy(
        root.path("department").asText(),
        platforms,
        checks,
        new ReviewRule(
            review.path("userMayConfirm").asBoolean(),
            review.path("justificationMinLength").asInt(0)),
        new BlockOverrideRule(
            block.path("allowed").asBoolean(),
            block.path("justificationMinLength").asInt(0),
            text(block, "requiredRole")),
        new PostRules(
            post.path("altTextRequired").asBoolean(),
            tags,
            post.path("disclaimer").asText(),
            text(post, "contentWarning")),
        new AuditSettings(
            base.resolve(audit.path("log").asText()),
            base.resolve(audit.path("secretFile").asText()),
            text(audit, "checkpointKey").map(base::resolve),
            audit.path("retentionDays").asInt(),
            atna,
            new AuditSettings.Rotate(
                audit.path("rotate").path("maxMegabytes").asLong(0) * 1024 * 1024,
                audit.path("rotate").path("monthly").asBoolean(false))));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
