/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.TestTime;

class StoredSessionTest {

  private final Instant now = Instant.parse("2026-11-29T01:00:00Z");
  private final TestTime time = new TestTime(now);
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final AccountId id = new AccountId(Platform.X, "deptrad");
  private int refreshes;

  private StoredSession session(Instant expiresAt) throws ConnectorException {
    store.save(id, new TokenSet("a1", "r1", expiresAt, "", Map.of()));
    return StoredSession.open(
        id,
        store,
        t -> {
          refreshes++;
          return new TokenSet(
              "a" + (refreshes + 1),
              "r" + (refreshes + 1),
              time.instant().plusSeconds(7200),
              "",
              t.account());
        },
        time,
        r -> r.status() == 401);
  }

  @Test
  void refreshesShortlyBeforeExpiryAndSavesTheNewTokens() throws Exception {
    StoredSession s = session(now.plus(Duration.ofMinutes(30)));
    assertThat(s.header()).contains("Bearer a1");
    time.sleep(Duration.ofMinutes(29));
    assertThat(s.header()).contains("Bearer a2");
    assertThat(refreshes).isEqualTo(1);
    assertThat(((TokenLookup.Found) store.load(id)).tokens().accessToken()).isEqualTo("a2");
  }

  @Test
  void nothingSavedAsksToSignIn() {
    assertThatThrownBy(
            () ->
                StoredSession.open(
                    new AccountId(Platform.LINKEDIN, "x"), store, t -> t, time, r -> false))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ConnectorException.Kind.AUTH);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Not signed in to LinkedIn; sign in with `radshare accounts login linkedin`.");
            });
  }
}
