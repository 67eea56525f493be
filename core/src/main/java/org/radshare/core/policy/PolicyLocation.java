/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Where IT says the department policy is (a front end's setting): a file path, a {@code file:} URI
 * or an {@code https:} URL, turned into a local file the {@link PolicyLoader} and the connector
 * settings can read. There is no built-in fallback: an empty, unreadable or plain-http location is
 * a {@link PolicyException}, so sharing stays disabled rather than running under a default.
 */
public final class PolicyLocation {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private PolicyLocation() {}

  /**
   * The policy as a local file; an https policy is downloaded into {@code cacheDir} first (a fresh
   * copy each time, so a department's change applies to the next share).
   */
  public static Path localFile(String location, Path cacheDir) throws PolicyException {
    String where = location == null ? "" : location.strip();
    if (where.isEmpty()) {
      throw fail(
          "(not configured)",
          "no department policy is configured (radshare.policy.location); IT must set it before"
              + " anything can be shared");
    }
    String scheme = scheme(where);
    if (scheme.equals("https")) {
      return download(URI.create(where), cacheDir);
    }
    if (scheme.equals("file")) {
      try {
        return Path.of(new URI(where));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw fail(where, "not a valid file: URI");
      }
    }
    if (!scheme.isEmpty() && scheme.length() > 1) {
      throw fail(where, "the policy must be a file or an https: URL (not " + scheme + ":)");
    }
    try {
      return Path.of(where);
    } catch (InvalidPathException e) {
      throw fail(where, "not a valid file path");
    }
  }

  /** A URI scheme, or empty for a plain path (a one-letter "scheme" is a Windows drive). */
  private static String scheme(String location) {
    int colon = location.indexOf(':');
    if (colon <= 0 || !location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return "";
    }
    return location.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static Path download(URI url, Path cacheDir) throws PolicyException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw fail(url.toString(), "the server answered HTTP " + response.statusCode());
        }
        Files.createDirectories(cacheDir);
        Path part = Files.createTempFile(cacheDir, "policy", ".part");
        Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
        Path file = cacheDir.resolve("policy.json");
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
      }
    } catch (IOException e) {
      throw fail(url.toString(), "cannot be downloaded: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(url.toString(), "the download was cancelled");
    }
  }

  private static PolicyException fail(String source, String message) {
    return new PolicyException(source, List.of(new PolicyProblem("location", message)));
  }
}
