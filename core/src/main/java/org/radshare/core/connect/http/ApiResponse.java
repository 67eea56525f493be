/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.Platform;

/**
 * A platform's answer.
 *
 * @param platform who answered (for messages)
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the raw body
 */
public record ApiResponse(Platform platform, int status, HttpHeaders headers, byte[] body) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The body as a JSON object. */
  public JsonNode json() throws ConnectorException {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isContainerNode()) {
        throw new IOException("not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /** A required text field at a JSON pointer such as {@code /data/id}. */
  public String text(String pointer) throws ConnectorException {
    JsonNode node = json().at(pointer);
    if (node.isMissingNode() || node.isNull() || node.asText().isEmpty()) {
      throw malformed(null);
    }
    return node.asText();
  }

  /** The error for an answer we could not read. */
  public ConnectorException malformed(Throwable cause) {
    return new ConnectorException(
        ConnectorException.Kind.MALFORMED_RESPONSE,
        platform.displayName() + " sent an answer RadShare cannot read; try again later.",
        cause);
  }
}
