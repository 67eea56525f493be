/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.MediaRef;
import org.radshare.core.audit.ScreenedPost;
import org.radshare.core.audit.ShareEntry;
import org.radshare.core.audit.ShareOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** ATNA messages over syslog TLS to a real rsyslog on loopback, including an outage. */
class AtnaExportToRsyslogTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;
  RsyslogReceiver receiver;
  AtnaExporter exporter;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new RsyslogReceiver(dir.resolve("rsyslog"));
    receiver.start();
    exporter = exporter(receiver.certificate);
  }

  @AfterEach
  void stopReceiver() throws Exception {
    receiver.close();
  }

  private AtnaExporter exporter(Path trusted) throws Exception {
    return new AtnaExporter(
        new AtnaQueue(dir.resolve("queue-" + trusted.getParent().getFileName())),
        new TlsSyslogSender("127.0.0.1", receiver.port, trusted),
        "RadShare@test",
        "workstation-1",
        CLOCK);
  }

  static ShareEntry share(String intent) {
    return new ShareEntry(
        intent,
        1,
        CLOCK.instant(),
        new Actor("alice", Optional.of("dr-alice")),
        "mastodon",
        "@rad@mastodon.example",
        "PASS",
        Map.of(),
        List.of(),
        List.of(new MediaRef("ab".repeat(32), "image/png", 10)),
        "study-pseudonym-" + intent,
        "patient-pseudonym-" + intent,
        Optional.of(new ShareOutcome.Posted("1", "https://m.example/1")),
        Optional.of(CLOCK.instant()),
        ScreenedPost.NONE,
        "",
        List.of(),
        Optional.empty());
  }

  private void sendUntilQueueEmpty() {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> exporter.drain() >= 0 && exporter.queued() == 0);
  }

  private List<String> awaitLines(int count) throws Exception {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> receiver.lines().size() >= count);
    return receiver.lines();
  }

  static Element parse(String line) throws Exception {
    assertThat(line).startsWith("IHE+RFC-3881 RadShare <?xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new InputSource(new StringReader(line.substring(line.indexOf("<?xml")))));
    return doc.getDocumentElement();
  }

  static String patientOf(Element message) {
    return ((Element) message.getElementsByTagName("ParticipantObjectIdentification").item(0))
        .getAttribute("ParticipantObjectID");
  }

  @Test
  void messagesArriveAndParseAsDicomExportEvents() throws Exception {
    exporter.enqueue(share("one"));
    exporter.enqueue(share("two"));
    sendUntilQueueEmpty();
    List<String> lines = awaitLines(2);
    assertThat(lines).hasSize(2);
    Element first = parse(lines.get(0));
    assertThat(first.getTagName()).isEqualTo("AuditMessage");
    Element eventId = (Element) first.getElementsByTagName("EventID").item(0);
    assertThat(eventId.getAttribute("csd-code")).isEqualTo("110106");
    assertThat(eventId.getAttribute("codeSystemName")).isEqualTo("DCM");
    assertThat(patientOf(first)).isEqualTo("patient-pseudonym-one");
    assertThat(patientOf(parse(lines.get(1)))).isEqualTo("patient-pseudonym-two");
  }

  @Test
  void messagesQueueWhileTheRepositoryIsDownAndDrainInOrderWhenItReturns() throws Exception {
    exporter.shareCompleted(share("before"));
    sendUntilQueueEmpty();
    awaitLines(1);

    receiver.stop();
    for (String id : List.of("a", "b", "c")) {
      exporter.shareCompleted(share(id)); // sending fails: stays queued
    }
    assertThat(exporter.queued()).isEqualTo(3);

    receiver.start();
    sendUntilQueueEmpty();
    List<String> lines = awaitLines(4);
    assertThat(lines).hasSize(4);
    assertThat(
            lines.stream()
                .map(
                    l -> {
                      try {
                        return patientOf(parse(l));
                      } catch (Exception e) {
                        throw new AssertionError(e);
                      }
                    }))
        .containsExactly(
            "patient-pseudonym-before",
            "patient-pseudonym-a",
            "patient-pseudonym-b",
            "patient-pseudonym-c");
  }

  @Test
  void aRepositoryWithAnUntrustedCertificateGetsNothing() throws Exception {
    RsyslogReceiver other = new RsyslogReceiver(dir.resolve("other-ca"));
    AtnaExporter wrongTrust = exporter(other.certificate);
    wrongTrust.shareCompleted(share("secret"));
    assertThat(wrongTrust.drain()).isZero();
    assertThat(wrongTrust.queued()).isEqualTo(1);
    exporter.shareCompleted(share("visible")); // the trusted path still works
    sendUntilQueueEmpty();
    assertThat(awaitLines(1)).singleElement().satisfies(l -> assertThat(l).contains("visible"));
  }
}
