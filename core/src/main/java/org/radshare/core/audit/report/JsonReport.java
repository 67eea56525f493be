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
    for (ShareEntry e : report.shares()) {
      shares.add(entry(e));
    }
    JSON.writeValue(out, root);
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
      overrides
          .addObject()
          .put("reason", o.reasonCode())
          .put("overridden", o.overridden().name())
          .put("justification", o.justification());
    }
    ArrayNode media = n.putArray("media");
    for (MediaRef m : e.media()) {
      media.addObject().put("sha256", m.sha256()).put("type", m.mediaType()).put("bytes", m.size());
    }
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
