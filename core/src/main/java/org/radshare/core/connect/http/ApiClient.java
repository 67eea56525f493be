/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;

/**
 * The one HTTP path every connector uses (JDK {@link HttpClient}): a deadline on every attempt that
 * covers the whole answer, body included (a server that trickles its body cannot hold a post past
 * it), growing with the size of what is uploaded; a cap on every answer's size; 429 and 5xx retried
 * with exponential backoff and jitter, honouring the platform's reset headers, bounded by the
 * policy's total budget; an expired sign-in refreshed and the call repeated once. Calls that are
 * not safe to repeat are not retried after a timeout or 5xx (the platform may have acted).
 */
public final class ApiClient {

  private final Platform platform;
  private final HttpClient http;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  public ApiClient(
      Platform platform, RetryPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
    this.platform = Objects.requireNonNull(platform);
    this.policy = Objects.requireNonNull(policy);
    this.clock = Objects.requireNonNull(clock);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.random = Objects.requireNonNull(random);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1: the JDK's cleartext h2c upgrade confuses some servers (the reference PDS
            // answers nothing), and every platform API speaks 1.1.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** A client with real time, real sleeping and the interactive policy. */
  public static ApiClient create(Platform platform) {
    return new ApiClient(
        platform,
        RetryPolicy.interactive(),
        Clock.systemUTC(),
        Sleeper.system(),
        RandomGenerator.getDefault());
  }

  public Platform platform() {
    return platform;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Waits between polls of a platform that is still processing (media), through the injected
   * sleeper so tests do not wait.
   */
  public void pause(Duration duration) throws ConnectorException {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE,
          "Posting to " + platform.displayName() + " was cancelled.",
          e);
    }
  }

  /**
   * Waits until the platform has processed uploaded media: before each look, the wait the platform
   * asked for (X's {@code check_after_secs}) or else the policy's doubling delay, through the
   * injected sleeper and clock, bounded by the policy's poll count and budget.
   *
   * @param firstWait what the upload answer asked for ({@link Duration#ZERO} when nothing)
   * @param stillBusy the sentence for the TIMEOUT error when the platform is still busy at the end
   * @throws ConnectorException TIMEOUT when the bound is reached, or whatever {@code check} throws
   */
  public void awaitProcessing(
      PollPolicy policy, Duration firstWait, ProcessingCheck check, String stillBusy)
      throws ConnectorException {
    Instant deadline = clock.instant().plus(policy.budget());
    Duration asked = firstWait;
    for (int poll = 1; poll <= policy.maxPolls(); poll++) {
      Duration wait = asked.isZero() || asked.isNegative() ? policy.delay(poll) : asked;
      if (clock.instant().plus(wait).isAfter(deadline)) {
        break;
      }
      pause(wait);
      Optional<Duration> pending = check.stillProcessing();
      if (pending.isEmpty()) {
        return;
      }
      asked = pending.get();
    }
    throw new ConnectorException(ConnectorException.Kind.TIMEOUT, stillBusy);
  }

  /** Sends and returns a 2xx answer, or throws the user-facing error for anything else. */
  public ApiResponse send(ApiRequest request, Authorizer auth) throws ConnectorException {
    ApiResponse response = exchange(request, auth);
    if (!response.isSuccess()) {
      throw Failures.of(response, clock.instant());
    }
    return response;
  }

  /**
   * Sends with retries and one refresh, and returns the final answer whatever its status, for
   * connectors that treat some 4xx answers specially.
   */
  public ApiResponse exchange(ApiRequest request, Authorizer auth) throws ConnectorException {
    Instant deadline = clock.instant().plus(policy.budget(request.body().length));
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      ApiResponse response;
      try {
        response = sendOnce(request, auth.header(), attemptTimeout(request, deadline));
      } catch (CappedBody.TooLargeException e) {
        throw new ConnectorException(
            ConnectorException.Kind.MALFORMED_RESPONSE,
            platform.displayName()
                + " sent an answer far larger than any it should send; try again later.",
            e);
      } catch (HttpTimeoutException e) {
        if (request.retrySafe() && waitBeforeRetry(attempt, Optional.empty(), deadline)) {
          continue;
        }
        throw Failures.timeout(platform, e);
      } catch (ConnectException e) {
        // Nothing reached the platform, so repeating cannot duplicate anything.
        if (waitBeforeRetry(attempt, Optional.empty(), deadline)) {
          continue;
        }
        throw Failures.unreachable(platform, e);
      } catch (IOException e) {
        if (request.retrySafe() && waitBeforeRetry(attempt, Optional.empty(), deadline)) {
          continue;
        }
        throw Failures.unreachable(platform, e);
      }
      if (!refreshed && auth.isExpired(response)) {
        refreshed = true;
        auth.refresh();
        attempt--; // the refresh is not a failed attempt
        continue;
      }
      int status = response.status();
      boolean retryable = status == 429 || (status >= 500 && request.retrySafe());
      if (retryable) {
        Optional<Duration> asked = RateLimitHeaders.waitFrom(response.headers(), clock.instant());
        if (waitBeforeRetry(attempt, asked, deadline)) {
          continue;
        }
      }
      return response;
    }
  }

  /** Waits before another attempt if the policy allows one; false means give up now. */
  private boolean waitBeforeRetry(int attempt, Optional<Duration> asked, Instant deadline)
      throws ConnectorException {
    if (attempt >= policy.maxAttempts()) {
      return false;
    }
    Duration backoff = policy.backoff(attempt, random.nextDouble());
    Duration wait = asked.map(a -> a.compareTo(backoff) > 0 ? a : backoff).orElse(backoff);
    if (wait.compareTo(policy.maxDelay()) > 0 || clock.instant().plus(wait).isAfter(deadline)) {
      return false;
    }
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE,
          "Posting to " + platform.displayName() + " was cancelled.",
          e);
    }
  }

  /** The attempt's own limit, never past what is left of the call's budget (at least 1 ms). */
  private Duration attemptTimeout(ApiRequest request, Instant deadline) {
    Duration own = policy.attemptTimeout(request.body().length);
    Duration left = Duration.between(clock.instant(), deadline);
    Duration timeout = left.compareTo(own) < 0 ? left : own;
    return timeout.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : timeout;
  }

  private ApiResponse sendOnce(ApiRequest request, Optional<String> authorization, Duration timeout)
      throws IOException, ConnectorException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri())
            .timeout(timeout)
            .header("User-Agent", "RadShare/0.1")
            .header("Accept", "application/json");
    request.headers().forEach(b::header);
    authorization.ifPresent(a -> b.header("Authorization", a));
    if (request.contentType() != null) {
      b.header("Content-Type", request.contentType());
    }
    HttpRequest.BodyPublisher body =
        request.body().length == 0 && request.contentType() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    b.method(request.method(), body);
    // The request timeout alone stops at the headers; waiting on the whole exchange with the same
    // limit, and cancelling it, also bounds a body that trickles in.
    CappedBody answer = new CappedBody(policy.maxResponseBytes());
    CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(b.build(), answer);
    try {
      HttpResponse<byte[]> r = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new ApiResponse(platform, r.statusCode(), r.headers(), r.body());
    } catch (TimeoutException e) {
      answer.abort();
      pending.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + timeout);
    } catch (ExecutionException e) {
      throw asIo(e.getCause());
    } catch (InterruptedException e) {
      answer.abort();
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new ConnectorException(
          ConnectorException.Kind.UNAVAILABLE,
          "Posting to " + platform.displayName() + " was cancelled.",
          e);
    }
  }

  /** The cause of a failed exchange as the IOException it is (or wraps). */
  private static IOException asIo(Throwable cause) {
    IOException first = null;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      // The capped body's refusal may arrive wrapped in the client's own IOException.
      if (t instanceof CappedBody.TooLargeException tooLarge) {
        return tooLarge;
      }
      if (first == null && t instanceof IOException io) {
        first = io;
      }
    }
    if (first != null) {
      return first;
    }
    return new IOException(cause);
  }
}
