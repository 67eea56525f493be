/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.radshare.core.audit.AuditTrail;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.OverrideDecision;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;

/** The compliance report as one JSON document, for other tools. */
public final class JsonReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static void write(ComplianceReport report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("log", report.logName());
    root.put("since", report.since().toString());
    root.put("generatedAt", report.generatedAt().toString());
    ObjectNode integrity = root.putObject("integrity");
    integrity.put("status", report.integrity().integrity().name());
    integrity.put("summary", report.integrity().summary());
    report.integrity().notices().forEach(integrity.putArray("notices")::add);
    ArrayNode shares = root.putArray("shares");
    for (AuditTrail.Row r : report.rows()) {
      ObjectNode n = entry(r.entry());
      n.put("file", r.file());
      n.put("line", r.line());
      n.put("integrity", report.doubt(r).orElse("verified"));
      shares.add(n);
    }
    // The caller owns the writer (it may be standard output): write, flush, never close it.
    JSON.writer()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, root);
    out.flush();
  }

  static ObjectNode entry(ShareEntry e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("intent", e.intentId());
    n.put("seq", e.intentSeq());
    n.put("at", e.at().toString());
    n.put("osUser", e.actor().osUser());
    n.put("viewerUser", e.actor().viewerUser().orElse(null));
    n.put("platform", e.platform());
    n.put("account", e.account());
    n.put("verdict", e.verdict());
    e.findingKinds().forEach(n.putObject("findings")::put);
    ArrayNode overrides = n.putArray("overrides");
    for (OverrideDecision o : e.overrides()) {
      overrides.addObject().put("reason", o.reasonCode()).put("overridden", o.overridden().name());
    }
    ArrayNode media = n.putArray("media");
    for (MediaRef m : e.media()) {
      media.addObject().put("sha256", m.sha256()).put("type", m.mediaType()).put("bytes", m.size());
    }
    e.post().justification().ifPresent(j -> n.put("justification", j));
    ObjectNode post = n.putObject("post");
    e.post().text().ifPresent(t -> post.put("text", t));
    e.post().altTexts().forEach(post.putArray("alt")::add);
    e.post().hashtags().forEach(post.putArray("hashtags")::add);
    e.post().link().ifPresent(l -> post.put("link", l));
    e.post().contentWarning().ifPresent(w -> post.put("contentWarning", w));
    ArrayNode reasons = n.putArray("reasons");
    e.reasons()
        .forEach(
            r ->
                reasons
                    .addObject()
                    .put("code", r.code())
                    .put("verdict", r.floor().name())
                    .put("text", ReasonText.of(r.code())));
    e.refusal()
        .ifPresent(r -> n.putObject("refusal").put("gate", r.gate()).put("message", r.message()));
    n.put("policy", e.policyVersion());
    n.put("study", e.studyRef());
    n.put("patient", e.patientRef());
    n.put("status", e.status());
    e.outcome().ifPresent(o -> outcome(n, o));
    e.resultAt().ifPresent(t -> n.put("resultAt", t.toString()));
    return n;
  }

  private static void outcome(ObjectNode n, ShareOutcome o) {
    if (o instanceof ShareOutcome.Posted p) {
      n.put("postId", p.postId());
      n.put("url", p.publicUrl());
    } else if (o instanceof ShareOutcome.Failed f) {
      n.put("error", f.reason());
    }
  }
}
