/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON shape of audit records, in one place: writing (one compact line per record, fields in a
 * fixed order) and reading back into {@link ShareEntry}. Every record starts with {@code seq},
 * {@code type}, {@code at} and {@code prev}; docs/compliance.md documents every field.
 */
final class RecordCodec {

  static final ObjectMapper JSON = new ObjectMapper();

  private RecordCodec() {}

  static ObjectNode header(long seq, RecordType type, Instant at, String prev) {
    ObjectNode node = JSON.createObjectNode();
    node.put("seq", seq);
    node.put("type", type.name());
    node.put("at", at.toString());
    node.put("prev", prev);
    return node;
  }

  static void putIntent(ObjectNode node, IntentId id, ShareIntent intent, List<MediaRef> media) {
    node.put("intent", id.value());
    ObjectNode who = node.putObject("who");
    who.put("osUser", intent.actor().osUser());
    intent.actor().viewerUser().ifPresent(u -> who.put("viewerUser", u));
    node.put("platform", intent.platform());
    node.put("account", intent.account());
    node.put("verdict", intent.verdict().name());
    ObjectNode findings = node.putObject("findings");
    intent.findingKinds().forEach(findings::put);
    ArrayNode overrides = node.putArray("overrides");
    for (OverrideDecision o : intent.overrides()) {
      ObjectNode item = overrides.addObject();
      item.put("reason", o.reasonCode());
      item.put("overridden", o.overridden().name());
      item.put("justification", o.justification());
    }
    ArrayNode mediaArray = node.putArray("media");
    for (MediaRef m : media) {
      mediaArray
          .addObject()
          .put("sha256", m.sha256())
          .put("type", m.mediaType())
          .put("bytes", m.size());
    }
    node.put("study", intent.subject().studyRef());
    node.put("patient", intent.subject().patientRef());
  }

  static void putResult(ObjectNode node, IntentId id, ShareOutcome outcome) {
    node.put("intent", id.value());
    node.put("outcome", ShareEntry.statusOf(outcome));
    if (outcome instanceof ShareOutcome.Posted p) {
      node.put("postId", p.postId());
      node.put("url", p.publicUrl());
    } else if (outcome instanceof ShareOutcome.Failed f) {
      node.put("error", f.reason());
    }
  }

  static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory JSON tree always serialises", e);
    }
  }

  static ShareEntry readIntent(JsonNode n) {
    JsonNode who = n.path("who");
    Actor actor =
        new Actor(
            who.path("osUser").asText(), Optional.ofNullable(who.path("viewerUser").textValue()));
    Map<String, Integer> findings = new TreeMap<>();
    n.path("findings")
        .fields()
        .forEachRemaining(e -> findings.put(e.getKey(), e.getValue().asInt()));
    List<OverrideDecision> overrides = new ArrayList<>();
    for (JsonNode o : n.path("overrides")) {
      overrides.add(
          new OverrideDecision(
              o.path("reason").asText(),
              org.radshare.core.policy.Verdict.valueOf(o.path("overridden").asText()),
              o.path("justification").asText()));
    }
    List<MediaRef> media = new ArrayList<>();
    for (JsonNode m : n.path("media")) {
      media.add(
          new MediaRef(
              m.path("sha256").asText(), m.path("type").asText(), m.path("bytes").asLong()));
    }
    return new ShareEntry(
        n.path("intent").asText(),
        n.path("seq").asLong(),
        Instant.parse(n.path("at").asText()),
        actor,
        n.path("platform").asText(),
        n.path("account").asText(),
        n.path("verdict").asText(),
        findings,
        overrides,
        media,
        n.path("study").asText(),
        n.path("patient").asText(),
        Optional.empty(),
        Optional.empty());
  }

  static ShareOutcome readOutcome(JsonNode n) {
    return switch (n.path("outcome").asText()) {
      case "POSTED" -> new ShareOutcome.Posted(n.path("postId").asText(), n.path("url").asText());
      case "FAILED" -> new ShareOutcome.Failed(n.path("error").asText());
      default -> new ShareOutcome.Cancelled();
    };
  }
}
