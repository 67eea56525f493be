/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.audit.AuditLog;
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
 * A post whose outcome was unclear (the connection dropped after the create was sent), repeated by
 * the user in a new run: the repeat carries the same idempotency key, so Mastodon, which keeps a
 * key for an hour
 * (https://github.com/mastodon/mastodon/blob/main/app/services/post_status_service.rb, {@code
 * idempotency_key}), answers with the first post instead of making a second one. A post with other
 * content gets another key.
 */
class RepeatAfterUnclearFailureTest {

  @TempDir Path dir;

  private AuditedPost.Sent run(DepartmentPolicy policy, FaultServer server, String caption)
      throws Exception {
    TestTime time = new TestTime(Instant.parse("2026-12-04T10:00:00Z"));
    ApiClient api =
        new ApiClient(
            PlatformFlows.MASTODON.platform(),
            new RetryPolicy(
                Duration.ofSeconds(2),
                Duration.ofSeconds(20),
                1,
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(60)),
            time,
            time,
            new java.util.Random(1));
    try (AuditLog audit = AuditLog.open(policy.audit())) {
      AuditedPost post = new AuditedPost(policy, audit, new Actor("tester", Optional.empty()));
      return post.send(
          post.draft(caption, List.of(TestImages.png(40, 30, "Synthetic film")), PostAnswers.NONE),
          PlatformFlows.MASTODON.connector(server.base(), api),
          new AuditedPost.Facts(
              "dept",
              Verdict.PASS,
              Map.of(),
              List.of(),
              Optional.empty(),
              List.of(),
              org.radshare.core.phi.PhiMatcher.none()));
    }
  }

  @Test
  void theRepeatOfAnUnclearPostCarriesTheSameKeyAndOtherContentAnother() throws Exception {
    DepartmentPolicy policy = TestDepartment.policy(dir, 10, false);
    try (FaultServer server = new FaultServer()) {
      server.play(PlatformFlows.MASTODON.script(server.base()));
      server.spoil("create", Fault.RESET);
      assertThat(run(policy, server, "Classic sign.")).isInstanceOf(AuditedPost.Sent.Failed.class);

      server.spoil("none", Fault.RESET);
      assertThat(run(policy, server, "Classic sign.")).isInstanceOf(AuditedPost.Sent.Posted.class);
      assertThat(run(policy, server, "Another case.")).isInstanceOf(AuditedPost.Sent.Posted.class);

      List<String> keys =
          server.hits("create").stream().map(h -> h.header("Idempotency-Key")).toList();
      assertThat(keys).hasSize(3).doesNotContain("");
      assertThat(keys.get(1)).isEqualTo(keys.get(0));
      assertThat(keys.get(2)).isNotEqualTo(keys.get(0));
      assertThat(server.hits().stream().map(Hit::step)).doesNotContain("unscripted");
    }
  }
}
