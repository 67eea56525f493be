/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;
import org.w3c.dom.Element;

class AtnaMessageTest {

  static ShareEntry with(ShareOutcome outcome) {
    ShareEntry base = AtnaExportToRsyslogTest.share("x");
    return new ShareEntry(
        base.intentId(),
        base.intentSeq(),
        base.at(),
        new Actor("bob", Optional.empty()),
        base.platform(),
        base.account(),
        base.verdict(),
        Map.of(),
        List.of(),
        base.media(),
        base.studyRef(),
        base.patientRef(),
        Optional.ofNullable(outcome),
        base.resultAt(),
        ScreenedPost.NONE,
        "",
        List.of(),
        Optional.empty());
  }

  @Test
  void exportEventNamesParticipantsAndPseudonymousObjects() throws Exception {
    Element m =
        AtnaExportToRsyslogTest.parse(
            "IHE+RFC-3881 RadShare "
                + AtnaMessage.export(
                    with(new ShareOutcome.Posted("1", "u")), "RadShare@ws", "ws-1"));
    Element event = (Element) m.getElementsByTagName("EventIdentification").item(0);
    assertThat(event.getAttribute("EventActionCode")).isEqualTo("R");
    assertThat(event.getAttribute("EventOutcomeIndicator")).isEqualTo("0");
    assertThat(m.getElementsByTagName("ActiveParticipant").getLength()).isEqualTo(3);
    Element requestor = (Element) m.getElementsByTagName("ActiveParticipant").item(0);
    assertThat(requestor.getAttribute("UserID")).isEqualTo("bob");
    assertThat(requestor.getAttribute("UserIsRequestor")).isEqualTo("true");
    Element destination = (Element) m.getElementsByTagName("ActiveParticipant").item(2);
    assertThat(
            ((Element) destination.getElementsByTagName("RoleIDCode").item(0))
                .getAttribute("csd-code"))
        .isEqualTo("110154");
    Element study = (Element) m.getElementsByTagName("ParticipantObjectIdentification").item(1);
    assertThat(study.getAttribute("ParticipantObjectID")).isEqualTo("study-pseudonym-x");
    assertThat(study.getAttribute("ParticipantObjectTypeCodeRole")).isEqualTo("3");
  }

  @Test
  void failuresAndCancellationsAreMarked() {
    assertThat(AtnaMessage.outcomeIndicator(with(new ShareOutcome.Failed("HTTP 500"))))
        .isEqualTo("8");
    assertThat(AtnaMessage.outcomeIndicator(with(new ShareOutcome.Cancelled()))).isEqualTo("4");
    assertThat(AtnaMessage.export(with(new ShareOutcome.Failed("HTTP <500>")), "s", "h"))
        .contains("<EventOutcomeDescription>HTTP &lt;500&gt;</EventOutcomeDescription>");
  }

  @Test
  void syslogHeaderAndOctetCountingFrame() {
    byte[] message =
        SyslogFrame.message(Instant.parse("2026-03-01T10:00:00Z"), "work station", 42, "é");
    String text = new String(message, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo("<85>1 2026-03-01T10:00:00Z workstation RadShare 42 IHE+RFC-3881 - é");
    String frame = new String(SyslogFrame.frame(message), StandardCharsets.UTF_8);
    assertThat(frame).isEqualTo(message.length + " " + text);
  }
}
