/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.util.Optional;
import org.radshare.core.connect.ConnectorException;

/**
 * Supplies the Authorization header and renews it once when the platform says it expired. Each
 * platform signals expiry its own way (401 almost everywhere, Bluesky's 400 ExpiredToken).
 */
public interface Authorizer {

  /** The Authorization header value, if the call needs one. */
  Optional<String> header() throws ConnectorException;

  /** Whether this response means the credentials expired and a refresh may help. */
  default boolean isExpired(ApiResponse response) {
    return response.status() == 401;
  }

  /**
   * Renews the credentials.
   *
   * @throws ConnectorException of kind AUTH when the user must sign in again
   */
  void refresh() throws ConnectorException;

  /**
   * A fixed bearer token that is never refreshed (sign-in steps that use a token just obtained,
   * such as reading the account's name or exchanging the token for another).
   */
  static Authorizer bearer(String token) {
    return new Authorizer() {
      @Override
      public Optional<String> header() {
        return Optional.of("Bearer " + token);
      }

      @Override
      public boolean isExpired(ApiResponse response) {
        return false;
      }

      @Override
      public void refresh() {}
    };
  }

  /** For calls that need no credentials (session creation, app registration). */
  Authorizer NONE =
      new Authorizer() {
        @Override
        public Optional<String> header() {
          return Optional.empty();
        }

        @Override
        public boolean isExpired(ApiResponse response) {
          return false;
        }

        @Override
        public void refresh() {}
      };
}
