/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;

/**
 * The redirect target of a desktop sign-in (RFC 8252): a one-shot HTTP listener on the loopback
 * interface only. It accepts exactly one valid callback on {@link OAuthClient#CALLBACK_PATH},
 * checks its {@code state}, answers the browser with a small page and closes. Other paths (a
 * browser's favicon request) get 404 and are ignored.
 *
 * <p>Written on a plain {@link ServerSocket} because the JDK's {@code com.sun.net.httpserver} is
 * not in the Weasis runtime.
 */
public final class LoopbackReceiver implements AutoCloseable {

  private static final int MAX_LINE = 8192;

  private final ServerSocket socket;
  private final Clock clock;

  private LoopbackReceiver(ServerSocket socket, Clock clock) {
    this.socket = socket;
    this.clock = clock;
  }

  /** Listens on 127.0.0.1 at {@code port} (0 = any free port). */
  public static LoopbackReceiver open(int port, Clock clock) throws IOException {
    ServerSocket s = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
    return new LoopbackReceiver(s, clock);
  }

  /** The redirect URI to register and send: {@code http://127.0.0.1:PORT/callback}. */
  public URI redirectUri() {
    return redirectUri("127.0.0.1");
  }

  /** The redirect URI naming the loopback host as {@code host} ({@code localhost} for Facebook). */
  public URI redirectUri(String host) {
    return URI.create("http://" + host + ":" + socket.getLocalPort() + OAuthClient.CALLBACK_PATH);
  }

  /**
   * Waits for the browser's callback and returns the authorization code.
   *
   * @throws ConnectorException AUTH when the user declined, the state does not match (a forged or
   *     stale callback) or no code came; TIMEOUT when nothing came in time
   */
  public String awaitCode(String expectedState, Duration timeout) throws ConnectorException {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      long left = Duration.between(clock.instant(), deadline).toMillis();
      if (left <= 0) {
        throw timedOut(null);
      }
      try (Socket conn = acceptWithin(left)) {
        conn.setSoTimeout(5_000);
        String target = readRequestTarget(conn);
        if (target == null || !pathOf(target).equals(OAuthClient.CALLBACK_PATH)) {
          reply(conn, 404, "Not found", "This address only receives the RadShare sign-in.");
          continue;
        }
        Map<String, String> q = query(target);
        if (q.containsKey("error")) {
          reply(
              conn,
              400,
              "Sign-in not completed",
              "The platform did not grant access. You can close this window.");
          throw new ConnectorException(
              Kind.AUTH,
              "The sign-in was declined or cancelled; run the sign-in again to connect.");
        }
        if (!constantTimeEquals(expectedState, q.getOrDefault("state", ""))) {
          reply(
              conn,
              400,
              "Sign-in rejected",
              "This sign-in response was not expected. Start again from RadShare.");
          throw new ConnectorException(
              Kind.AUTH,
              "The sign-in response did not match the request; start the sign-in again.");
        }
        String code = q.get("code");
        if (code == null || code.isBlank()) {
          reply(conn, 400, "Sign-in not completed", "No authorisation code was received.");
          throw new ConnectorException(
              Kind.AUTH, "The platform sent no authorisation code; start the sign-in again.");
        }
        reply(conn, 200, "Signed in", "RadShare is now connected. You can close this window.");
        return code;
      } catch (SocketTimeoutException e) {
        throw timedOut(e);
      } catch (IOException e) {
        // A broken browser connection: keep waiting for a proper callback.
      }
    }
  }

  private Socket acceptWithin(long millis) throws IOException {
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, millis)));
    return socket.accept();
  }

  private static String readRequestTarget(Socket conn) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.US_ASCII));
    String requestLine = in.readLine();
    if (requestLine == null || requestLine.length() > MAX_LINE) {
      return null;
    }
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      // Headers are not needed; read them so the browser sees a complete exchange.
    }
    String[] parts = requestLine.split(" ");
    return parts.length == 3 && parts[0].equals("GET") ? parts[1] : null;
  }

  private static String pathOf(String target) {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  private static Map<String, String> query(String target) {
    Map<String, String> out = new HashMap<>();
    int q = target.indexOf('?');
    if (q < 0) {
      return out;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void reply(Socket conn, int status, String title, String text) throws IOException {
    String html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>RadShare: "
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1><p>"
            + text
            + "</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + (status == 200 ? " OK" : status == 404 ? " Not Found" : " Bad Request")
            + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    OutputStream out = conn.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static ConnectorException timedOut(Throwable cause) {
    return new ConnectorException(
        Kind.TIMEOUT, "The sign-in was not completed in time; run the sign-in again.", cause);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a listening socket cannot fail in a way the user could act on
    }
  }
}
