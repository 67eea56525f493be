/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules about a schema-valid policy that a JSON Schema cannot say (or cannot say clearly): each
 * returns a problem in plain words. They all lean towards safety.
 */
final class PolicySemantics {

  /** Below this a "justification" is a formality, not a reason compliance can review. */
  static final int MIN_BLOCK_JUSTIFICATION = 20;

  /** Room left for the radiologist's caption on the shortest platform (X: 280 characters). */
  static final int MAX_DISCLAIMER_AND_TAGS = 200;

  private PolicySemantics() {}

  static List<PolicyProblem> check(JsonNode root) {
    List<PolicyProblem> problems = new ArrayList<>();
    platforms(root.path("platforms"), problems);
    boolean ocr = false;
    for (JsonNode c : root.path("requiredChecks")) {
      ocr |= c.asText().equals("ocr");
    }
    if (!ocr) {
      problems.add(
          new PolicyProblem(
              "$.requiredChecks",
              "must include \"ocr\": burned-in text is the commonest way a name leaves in an image"));
    }
    JsonNode block = root.path("blockOverride");
    if (block.path("allowed").asBoolean()) {
      if (block.path("justificationMinLength").asInt(0) < MIN_BLOCK_JUSTIFICATION) {
        problems.add(
            new PolicyProblem(
                "$.blockOverride.justificationMinLength",
                "must be at least "
                    + MIN_BLOCK_JUSTIFICATION
                    + " when BLOCK may be overridden, so every override carries a real reason"));
      }
      if (!root.path("review").path("userMayConfirm").asBoolean()) {
        problems.add(
            new PolicyProblem(
                "$.blockOverride.allowed",
                "BLOCK may be overridden while REVIEW may not be confirmed; allow neither, or"
                    + " both"));
      }
    }
    JsonNode post = root.path("post");
    int length = post.path("disclaimer").asText().length();
    for (JsonNode tag : post.path("defaultHashtags")) {
      length += tag.asText().length() + 1;
    }
    if (length > MAX_DISCLAIMER_AND_TAGS) {
      problems.add(
          new PolicyProblem(
              "$.post",
              "the disclaimer and default hashtags take "
                  + length
                  + " characters; keep them within "
                  + MAX_DISCLAIMER_AND_TAGS
                  + " so a caption still fits on X"));
    }
    return problems;
  }

  /**
   * X, LinkedIn and Facebook match the redirect URI exactly (Facebook allows plain HTTP only to
   * localhost), so the registered port must be fixed; API versions must have the platform's shape.
   */
  private static void signIn(String id, JsonNode p, String where, List<PolicyProblem> problems) {
    int port = p.path("redirectPort").asInt(0);
    if (port < 1024) {
      problems.add(
          new PolicyProblem(
              where + ".redirectPort",
              id
                  + " needs \"redirectPort\", the fixed loopback port (1024-65535) registered as"
                  + " its redirect URI"));
    }
    String version = p.path("apiVersion").asText("");
    if (!version.isEmpty()) {
      boolean ok =
          id.equals("linkedin")
              ? version.matches("20[2-9][0-9](0[1-9]|1[0-2])")
              : !id.equals("facebook") || version.matches("[1-9][0-9]?\\.[0-9]");
      if (!ok) {
        problems.add(
            new PolicyProblem(
                where + ".apiVersion",
                id.equals("linkedin")
                    ? "linkedin's apiVersion is a month, YYYYMM (e.g. 202511)"
                    : "facebook's apiVersion is a Graph version such as 25.0"));
      }
    }
  }

  private static void platforms(JsonNode platforms, List<PolicyProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < platforms.size(); i++) {
      JsonNode p = platforms.get(i);
      String id = p.path("id").asText();
      String where = "$.platforms[" + i + "]";
      if (!seen.add(id)) {
        problems.add(new PolicyProblem(where, "platform \"" + id + "\" is listed twice"));
      }
      switch (id) {
        case "mastodon" -> {
          if (!p.has("instance")) {
            problems.add(
                new PolicyProblem(where, "mastodon needs \"instance\", the instance's https URL"));
          }
        }
        case "bluesky" -> {
          if (!p.path("clientId").asText().startsWith("https://")) {
            problems.add(
                new PolicyProblem(
                    where + ".clientId",
                    "bluesky's client ID is the https URL of the client metadata document"));
          }
        }
        case "x", "linkedin", "facebook", "threads" -> {
          if (!p.has("clientId")) {
            problems.add(
                new PolicyProblem(where, id + " needs \"clientId\", the department's OAuth app"));
          }
          if (!id.equals("threads")) {
            signIn(id, p, where, problems);
          }
        }
        default -> {
          // outbox writes locally and needs nothing
        }
      }
    }
  }
}
