/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
import org.radshare.core.connect.Connector;
import org.radshare.core.connect.TestImages;
import org.radshare.core.connect.fault.Fault;
import org.radshare.core.connect.fault.FaultServer;
import org.radshare.core.connect.fault.FaultServer.Hit;
import org.radshare.core.connect.fault.PlatformFlows;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.http.RetryPolicy;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.core.policy.Verdict;

/**
 * Every connector through every fault at every step of its flow, on a loopback server: the post
 * ends (no attempt outlives its deadline, whatever the server does with the body), it is reported
 * as the platform's failure (exit 4) with a FAILED record in the audit trail, no second post can
 * have been made, and media a failed post uploaded is removed where the platform allows it.
 * Deadlines here are under a second; the test asserts outcomes, never elapsed time (the class
 * timeout only turns a hang into a failure instead of a stuck build).
 */
@Timeout(120)
class ConnectorFaultMatrixTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ConcurrentLinkedQueue<String> SUMMARY = new ConcurrentLinkedQueue<>();

  @TempDir Path dir;

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (PlatformFlows flow : PlatformFlows.values()) {
      for (String step : flow.steps()) {
        for (Fault fault : Fault.values()) {
          cases.add(Arguments.of(flow, step, fault));
        }
      }
    }
    return cases.stream();
  }

  /**
   * Short real deadlines (long enough for a clean answer on a loaded machine), two attempts, a 64
   * KiB answer cap, on a clock that only sleeps.
   */
  private static ApiClient client(PlatformFlows flow) {
    TestTime time = new TestTime(Instant.parse("2026-12-04T10:00:00Z"));
    RetryPolicy policy =
        new RetryPolicy(
            Duration.ofSeconds(2),
            Duration.ofMillis(800),
            2,
            Duration.ofMillis(10),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            64 << 10,
            Long.MAX_VALUE / 2000);
    return new ApiClient(flow.platform(), policy, time, time, new java.util.Random(7));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("matrix")
  void everyFaultEndsInAnAuditedFailureWithoutDuplicatesOrOrphans(
      PlatformFlows flow, String step, Fault fault) throws Exception {
    DepartmentPolicy policy = TestDepartment.policy(dir, 10, false);
    AuditedPost.Sent sent;
    List<Hit> hits;
    try (FaultServer scripted = new FaultServer();
        AuditLog audit = AuditLog.open(policy.audit())) {
      {
        scripted.play(flow.script(scripted.base()));
        scripted.spoil(step, fault);
        Connector connector = flow.connector(scripted.base(), client(flow));
        AuditedPost post = new AuditedPost(policy, audit, new Actor("tester", Optional.empty()));
        var draft =
            post.draft(
                "Classic sign.",
                List.of(TestImages.png(40, 30, "Synthetic film")),
                PostAnswers.NONE);
        sent =
            post.send(
                draft,
                connector,
                new AuditedPost.Facts(
                    "dept",
                    Verdict.PASS,
                    Map.of(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    org.radshare.core.phi.PhiMatcher.none()));
        hits = scripted.hits();
      }
    }
    // A failed permalink read still leaves a post with a generic address; nothing else may post.
    boolean mayPost = flow == PlatformFlows.FACEBOOK && step.equals("permalink");
    String outcome = sent.getClass().getSimpleName();
    int creates = (int) hits.stream().filter(h -> h.step().equals("create")).count();
    Set<String> posts = new HashSet<>();
    // A create answered 401, 413 or 429 was not acted on; every other one may have made a post.
    boolean refused = step.equals("create") && fault.refusesBeforeActing();
    List<Hit> createHits =
        hits.stream().filter(h -> h.step().equals("create") && !refused).toList();
    for (int i = 0; i < createHits.size(); i++) {
      posts.add(flow.postIdentity(createHits.get(i), i));
    }
    long cleanUploads = hits.stream().filter(h -> h.step().equals("upload") && h.clean()).count();
    long discards = hits.stream().filter(h -> h.step().equals("discard")).count();
    String audited = lastOutcome();
    SUMMARY.add(
        "%-9s %-10s %-9s %-7s %-8s creates=%d posts=%d uploads=%d discards=%d"
            .formatted(
                flow,
                step,
                fault,
                outcome,
                audited,
                creates,
                posts.size(),
                cleanUploads,
                discards));

    assertThat(sent)
        .isInstanceOf(mayPost ? AuditedPost.Sent.Posted.class : AuditedPost.Sent.Failed.class);
    assertThat(audited).isEqualTo(mayPost ? "POSTED" : "FAILED");
    assertThat(posts).as("distinct posts requested").hasSizeLessThanOrEqualTo(1);
    // When the create got no clear answer the media may belong to a live post and are kept.
    boolean unclearCreate = step.equals("create") && !fault.refusesBeforeActing();
    if (!mayPost && flow.discards() && !unclearCreate) {
      assertThat(discards).as("uploaded media removed").isGreaterThanOrEqualTo(cleanUploads);
    }
    if (sent instanceof AuditedPost.Sent.Failed f) {
      assertThat(f.message()).doesNotContain("tok", "Bearer").hasSizeLessThan(300);
    }
  }

  /** The outcome of the last result record in the audit log. */
  private String lastOutcome() throws Exception {
    Path log = dir.resolve("audit/audit.jsonl");
    String outcome = "NONE";
    for (String line : Files.readAllLines(log)) {
      JsonNode node = MAPPER.readTree(line);
      JsonNode found = node.findValue("outcome");
      if (found != null && found.isTextual()) {
        outcome = found.asText();
      }
    }
    return outcome;
  }

  @AfterAll
  static void printSummary() {
    System.out.println("fault matrix: platform step fault outcome audit counts");
    SUMMARY.stream().sorted().forEach(System.out::println);
    System.out.println("fault matrix: " + SUMMARY.size() + " cases");
  }
}
