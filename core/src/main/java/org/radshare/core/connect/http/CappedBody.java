/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads an answer's body into memory up to a cap and refuses anything longer, before or while it
 * arrives: a declared {@code Content-Length} above the cap is refused without reading, and a body
 * that grows past it is cut off. It exists because the JDK's {@code ofByteArray} reads without
 * limit, so a broken or hostile server sending gigabytes would run the viewer out of memory. {@link
 * #abort()} cancels the body still arriving when the caller's deadline passes.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

  /** The body was longer than the cap. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap) {
      super("answer longer than " + cap + " bytes");
    }
  }

  private final long cap;
  private final AtomicReference<Flow.Subscription> current = new AtomicReference<>();
  private volatile boolean aborted;

  CappedBody(long cap) {
    this.cap = cap;
  }

  /** Stops reading the body (the connection is closed); the pending answer fails. */
  void abort() {
    aborted = true;
    Flow.Subscription s = current.get();
    if (s != null) {
      s.cancel();
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Subscriber(declared > cap);
  }

  private final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final boolean refuse;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Subscriber(boolean refuse) {
      this.refuse = refuse;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      current.set(s);
      if (refuse || aborted) {
        s.cancel();
        result.completeExceptionally(
            refuse ? new TooLargeException(cap) : new IOException("answer abandoned"));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        if (bytes.size() + (long) b.remaining() > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooLargeException(cap));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
