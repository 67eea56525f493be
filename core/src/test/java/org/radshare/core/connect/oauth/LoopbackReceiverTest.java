/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.ConnectorFailure;

class LoopbackReceiverTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private CompletableFuture<HttpResponse<String>> browse(URI base, String pathAndQuery) {
    return http.sendAsync(
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void ignoresOtherPathsThenAcceptsTheCallbackOnceAndCloses() throws Exception {
    try (LoopbackReceiver r = LoopbackReceiver.open(0, Clock.systemUTC())) {
      URI uri = r.redirectUri();
      assertThat(uri.getHost()).isEqualTo("127.0.0.1");
      var favicon = browse(uri, "/favicon.ico");
      var callback = browse(uri, "/callback?code=abc%2B1&state=s1");
      String first = r.awaitCode("s1", Duration.ofSeconds(10));
      // The favicon may be accepted first or second; either way only the callback yields a code.
      assertThat(first).isEqualTo("abc+1");
      assertThat(callback.get().statusCode()).isEqualTo(200);
      assertThat(callback.get().body()).contains("You can close this window");
      r.close();
      assertThat(favicon.handle((resp, err) -> resp == null || resp.statusCode() == 404).get())
          .isTrue();
    }
  }

  @Test
  void wrongStateIsRejected() throws Exception {
    try (LoopbackReceiver r = LoopbackReceiver.open(0, Clock.systemUTC())) {
      var callback = browse(r.redirectUri(), "/callback?code=abc&state=forged");
      assertThat(ConnectorFailure.kindOf(() -> r.awaitCode("expected", Duration.ofSeconds(10))))
          .isEqualTo(Kind.AUTH);
      assertThat(callback.get().statusCode()).isEqualTo(400);
    }
  }

  @Test
  void declinedConsentIsReported() throws Exception {
    try (LoopbackReceiver r = LoopbackReceiver.open(0, Clock.systemUTC())) {
      browse(r.redirectUri(), "/callback?error=access_denied&state=s");
      assertThatThrownBy(() -> r.awaitCode("s", Duration.ofSeconds(10)))
          .hasMessage("The sign-in was declined or cancelled; run the sign-in again to connect.");
    }
  }

  @Test
  void noCallbackTimesOut() throws Exception {
    try (LoopbackReceiver r = LoopbackReceiver.open(0, Clock.systemUTC())) {
      assertThat(ConnectorFailure.kindOf(() -> r.awaitCode("s", Duration.ofMillis(200))))
          .isEqualTo(Kind.TIMEOUT);
    }
  }
}
