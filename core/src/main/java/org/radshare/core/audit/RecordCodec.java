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
    ArrayNode reasons = node.putArray("reasons");
    for (ReasonRef r : intent.reasons()) {
      reasons.addObject().put("code", r.code()).put("verdict", r.floor().name());
    }
    ArrayNode overrides = node.putArray("overrides");
    for (OverrideDecision o : intent.overrides()) {
      ObjectNode item = overrides.addObject();
      item.put("reason", o.reasonCode());
      item.put("overridden", o.overridden().name());
    }
    // The justification once, screened: it answers every override above.
    intent.post().justification().ifPresent(j -> node.put("justification", j));
    putPost(node.putObject("post"), intent.post());
    node.put("policy", intent.policyVersion());
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

  /** A REFUSAL: the attempt's facts without media (nothing was sent), and why it stopped. */
  static void putRefusal(ObjectNode node, IntentId id, ShareIntent intent, Refusal refusal) {
    putIntent(node, id, intent, List.of());
    node.remove("media");
    node.put("outcome", refusal.kind().name());
    node.put("gate", refusal.gate());
    node.put("message", refusal.message());
  }

  private static void putPost(ObjectNode post, ScreenedPost p) {
    p.text().ifPresent(t -> post.put("text", t));
    p.altTexts().forEach(post.putArray("alt")::add);
    p.hashtags().forEach(post.putArray("hashtags")::add);
    p.link().ifPresent(l -> post.put("link", l));
    p.contentWarning().ifPresent(w -> post.put("contentWarning", w));
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
    Optional<String> justification = Optional.ofNullable(n.path("justification").textValue());
    List<OverrideDecision> overrides = new ArrayList<>();
    for (JsonNode o : n.path("overrides")) {
      overrides.add(
          new OverrideDecision(
              o.path("reason").asText(),
              org.radshare.core.policy.Verdict.valueOf(o.path("overridden").asText()),
              justification.orElse(o.path("justification").asText())));
    }
    if (justification.isEmpty()) {
      justification =
          overrides.stream()
              .map(OverrideDecision::justification)
              .filter(j -> !j.isBlank())
              .findFirst();
    }
    List<ReasonRef> reasons = new ArrayList<>();
    for (JsonNode r : n.path("reasons")) {
      reasons.add(
          new ReasonRef(
              r.path("code").asText(),
              org.radshare.core.policy.Verdict.valueOf(r.path("verdict").asText("REVIEW"))));
    }
    JsonNode p = n.path("post");
    ScreenedPost post =
        ScreenedPost.stored(
            Optional.ofNullable(p.path("text").textValue()),
            texts(p.path("alt")),
            texts(p.path("hashtags")),
            Optional.ofNullable(p.path("link").textValue()),
            Optional.ofNullable(p.path("contentWarning").textValue()),
            justification);
    Optional<Refusal> refusal =
        RecordType.REFUSAL.name().equals(n.path("type").asText())
            ? Optional.of(
                new Refusal(
                    Refusal.Kind.valueOf(n.path("outcome").asText("REFUSED")),
                    n.path("gate").asText(),
                    n.path("message").asText()))
            : Optional.empty();
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
        Optional.empty(),
        post,
        n.path("policy").asText(""),
        reasons,
        refusal);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  static ShareOutcome readOutcome(JsonNode n) {
    return switch (n.path("outcome").asText()) {
      case "POSTED" -> new ShareOutcome.Posted(n.path("postId").asText(), n.path("url").asText());
      case "FAILED" -> new ShareOutcome.Failed(n.path("error").asText());
      default -> new ShareOutcome.Cancelled();
    };
  }
}
