/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A scripted platform on loopback that answers each step of a flow as the platform documents it,
 * except one step, which it spoils with a {@link Fault} every time it is asked. It records every
 * request so tests can count posts and clean-ups. Built on the JDK's HTTP server because WireMock
 * cannot stream a body of unbounded length; nothing in it waits on a clock except the trickle's
 * pacing, and closing releases every handler at once.
 */
public final class FaultServer implements AutoCloseable {

  /** One scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  /** One step of a platform's flow: the requests it matches and the documented answer. */
  public record Step(String name, String method, Pattern path, Reply reply) {
    public static Step of(String name, String method, String pathRegex, Reply reply) {
      return new Step(name, method, Pattern.compile(pathRegex), reply);
    }

    boolean matches(String m, String pathAndQuery) {
      return method.equals(m) && path.matcher(pathAndQuery).matches();
    }
  }

  /** A request the server saw, with the step it matched and whether it was answered normally. */
  public record Hit(String step, Map<String, List<String>> headers, byte[] body, boolean clean) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse("");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(FaultServer::daemon);
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile List<Step> steps = List.of();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private volatile String faultyStep = "";
  private volatile Fault fault = Fault.HTTP_500;

  /** Starts on a free loopback port, answering 404 to everything until {@link #play}. */
  public FaultServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "fault-server");
    t.setDaemon(true);
    return t;
  }

  /** The server's base address, e.g. {@code http://127.0.0.1:41234}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers with {@code script} from now on. */
  public void play(List<Step> script) {
    steps = List.copyOf(script);
  }

  /** Spoils every request of {@code step} with {@code f} from now on. */
  public void spoil(String step, Fault f) {
    faultyStep = step;
    fault = f;
  }

  /** Every request that matched {@code step}, in order. */
  public List<Hit> hits(String step) {
    return hits.stream().filter(h -> h.step().equals(step)).toList();
  }

  /** Every request the server saw, in order. */
  public List<Hit> hits() {
    return new ArrayList<>(hits);
  }

  private void handle(HttpExchange ex) throws IOException {
    String pathAndQuery =
        ex.getRequestURI().getRawPath()
            + Optional.ofNullable(ex.getRequestURI().getRawQuery()).map(q -> "?" + q).orElse("");
    byte[] body = ex.getRequestBody().readAllBytes();
    Step step =
        steps.stream()
            .filter(s -> s.matches(ex.getRequestMethod(), pathAndQuery))
            .findFirst()
            .orElse(null);
    String name = step == null ? "unscripted" : step.name();
    boolean spoiled = name.equals(faultyStep);
    hits.add(new Hit(name, Map.copyOf(ex.getRequestHeaders()), body, !spoiled && step != null));
    try {
      if (step == null) {
        answer(ex, Reply.json(404, "{\"error\":\"unscripted " + ex.getRequestMethod() + "\"}"));
      } else if (spoiled) {
        spoil(ex, fault);
      } else {
        answer(ex, step.reply());
      }
    } catch (IOException clientGone) {
      // the client hung up, which is what a deadline or a size cap does
    } finally {
      ex.close();
    }
  }

  private static void answer(HttpExchange ex, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void spoil(HttpExchange ex, Fault f) throws IOException {
    switch (f) {
      case DELAY -> awaitClose(Long.MAX_VALUE);
      case RESET -> {
        // closing before any header makes the JDK server drop the connection
      }
      case TRICKLE -> {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 1_000_000);
        OutputStream out = ex.getResponseBody();
        while (!awaitClose(20)) {
          out.write(' ');
          out.flush();
        }
      }
      case TRUNCATE -> {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 64);
        OutputStream out = ex.getResponseBody();
        out.write("{\"id\":\"trunc".getBytes(StandardCharsets.UTF_8));
        out.flush();
        // closing now, 52 bytes short, makes the JDK server drop the connection
      }
      case OVERSIZE, ENDLESS -> {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, f == Fault.OVERSIZE ? 4L << 30 : 0);
        OutputStream out = ex.getResponseBody();
        byte[] block = new byte[64 << 10];
        java.util.Arrays.fill(block, (byte) ' ');
        while (closed.getCount() > 0) {
          out.write(block); // throws once the client hangs up
        }
      }
      default ->
          answer(
              ex,
              new Reply(
                  f.status(),
                  f == Fault.HTTP_429
                      ? Map.of("Content-Type", "application/json", "Retry-After", "1")
                      : Map.of("Content-Type", "application/json"),
                  "{\"error\":\"injected " + f.status() + "\"}"));
    }
  }

  /** Waits up to {@code millis} for the server to close; true once it has. */
  private boolean awaitClose(long millis) {
    try {
      return closed.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}
