/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP call a connector wants made.
 *
 * @param method GET, POST, PUT or DELETE
 * @param uri the full URI
 * @param headers extra headers (not Authorization: the {@link Authorizer} adds that)
 * @param contentType the body's type, or null when there is no body
 * @param body the body bytes (empty for none)
 * @param retrySafe whether repeating the call after a timeout or 5xx cannot do anything twice (GET,
 *     DELETE, PUT, and POSTs with an idempotency key or a client-chosen id); a 429 is always
 *     retried because the platform did not act on it
 */
public record ApiRequest(
    String method,
    URI uri,
    Map<String, String> headers,
    String contentType,
    byte[] body,
    boolean retrySafe) {

  public ApiRequest {
    Objects.requireNonNull(method);
    Objects.requireNonNull(uri);
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  public static ApiRequest get(URI uri) {
    return new ApiRequest("GET", uri, Map.of(), null, null, true);
  }

  public static ApiRequest delete(URI uri) {
    return new ApiRequest("DELETE", uri, Map.of(), null, null, true);
  }

  /** A POST that is not safe to repeat after a timeout or 5xx (use {@link #retrySafe()} copies). */
  public static ApiRequest post(URI uri, String contentType, byte[] body) {
    return new ApiRequest("POST", uri, Map.of(), contentType, body, false);
  }

  public static ApiRequest put(URI uri, String contentType, byte[] body) {
    return new ApiRequest("PUT", uri, Map.of(), contentType, body, true);
  }

  /** A copy with one more header. */
  public ApiRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiRequest(method, uri, copy, contentType, body, retrySafe);
  }

  /** A copy marked safe (or unsafe) to repeat. */
  public ApiRequest withRetrySafe(boolean safe) {
    return new ApiRequest(method, uri, headers, contentType, body, safe);
  }
}
