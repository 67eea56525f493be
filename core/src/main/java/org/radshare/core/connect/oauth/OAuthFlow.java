/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.oauth;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.AuthorizationUrlBuilder;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.OAuth2Error;
import com.github.scribejava.core.revoke.TokenTypeHint;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.token.TokenSet;

/**
 * The OAuth 2.0 authorization-code flow with PKCE (S256) and a checked {@code state}, through
 * ScribeJava: opens the browser at the platform's sign-in page, receives the redirect on a one-shot
 * loopback listener, exchanges the code; also refreshes and revokes tokens.
 */
public final class OAuthFlow {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OAuthClient client;
  private final Clock clock;

  public OAuthFlow(OAuthClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** Runs the whole sign-in; waits at most {@code timeout} for the user. */
  public TokenSet authorise(BrowserLauncher browser, Duration timeout) throws ConnectorException {
    try (LoopbackReceiver receiver = LoopbackReceiver.open(client.redirectPort(), clock);
        OAuth20Service service = service(receiver.redirectUri(client.redirectHost()).toString())) {
      String state = randomToken();
      AuthorizationUrlBuilder url = service.createAuthorizationUrlBuilder().state(state);
      if (client.pkce()) {
        url.initPKCE();
      }
      if (!client.scope().isEmpty()) {
        url.scope(client.scope());
      }
      browser.open(URI.create(url.build()));
      String code = receiver.awaitCode(state, timeout);
      AccessTokenRequestParams params = AccessTokenRequestParams.create(code);
      if (client.pkce()) {
        params.pkceCodeVerifier(url.getPkce().getCodeVerifier());
      }
      return toTokenSet(service.getAccessToken(params), "");
    } catch (IOException e) {
      throw new ConnectorException(
          Kind.UNAVAILABLE,
          "Could not complete the sign-in with " + name() + "; check the network and try again.",
          e);
    } catch (InterruptedException | ExecutionException e) {
      throw interrupted(e);
    } catch (OAuth2AccessTokenErrorResponse e) {
      throw rejected(e);
    }
  }

  /** Exchanges the refresh token for new tokens (keeping the old refresh token if none came). */
  public TokenSet refresh(TokenSet current) throws ConnectorException {
    String refreshToken =
        current
            .refresh()
            .orElseThrow(
                () ->
                    new ConnectorException(
                        Kind.AUTH,
                        "The "
                            + name()
                            + " sign-in has expired; sign in again with `radshare accounts login "
                            + client.platform().key()
                            + "`."));
    try (OAuth20Service service = service(null)) {
      return toTokenSet(service.refreshAccessToken(refreshToken), refreshToken)
          .withAccount(current.account());
    } catch (IOException e) {
      throw new ConnectorException(
          Kind.UNAVAILABLE, "Could not renew the " + name() + " sign-in; check the network.", e);
    } catch (InterruptedException | ExecutionException e) {
      throw interrupted(e);
    } catch (OAuth2AccessTokenErrorResponse e) {
      throw new ConnectorException(
          Kind.AUTH,
          "The "
              + name()
              + " sign-in can no longer be renewed; sign in again with `radshare accounts login "
              + client.platform().key()
              + "`.",
          e);
    }
  }

  /** Revokes the tokens on sign-out, where the platform supports it; refresh token first. */
  public void revoke(TokenSet tokens) throws ConnectorException {
    if (client.revocationEndpoint().isEmpty()) {
      return;
    }
    try (OAuth20Service service = service(null)) {
      if (tokens.refresh().isPresent()) {
        revokeOne(service, tokens.refreshToken(), TokenTypeHint.REFRESH_TOKEN);
      }
      revokeOne(service, tokens.accessToken(), TokenTypeHint.ACCESS_TOKEN);
    } catch (IOException e) {
      throw new ConnectorException(
          Kind.UNAVAILABLE,
          "Could not reach "
              + name()
              + " to revoke the sign-in; it was removed from this computer.",
          e);
    } catch (InterruptedException | ExecutionException e) {
      throw interrupted(e);
    } catch (OAuth2AccessTokenErrorResponse e) {
      throw rejected(e);
    }
  }

  /** RFC 7009: a server may refuse to revoke one token type; that is not a failed sign-out. */
  private static void revokeOne(OAuth20Service service, String token, TokenTypeHint hint)
      throws IOException, InterruptedException, ExecutionException {
    try {
      service.revokeToken(token, hint);
    } catch (OAuth2AccessTokenErrorResponse e) {
      if (e.getError() != OAuth2Error.UNSUPPORTED_TOKEN_TYPE) {
        throw e;
      }
    }
  }

  private OAuth20Service service(String callback) {
    ServiceBuilder b = new ServiceBuilder(client.clientId());
    client.clientSecret().ifPresent(b::apiSecret);
    if (callback != null) {
      b.callback(callback);
    }
    return b.build(new ConfiguredApi(client));
  }

  private TokenSet toTokenSet(OAuth2AccessToken t, String previousRefresh) {
    Integer seconds = t.getExpiresIn();
    String refresh = t.getRefreshToken() != null ? t.getRefreshToken() : previousRefresh;
    return new TokenSet(
        t.getAccessToken(),
        refresh,
        seconds == null ? null : clock.instant().plusSeconds(seconds),
        t.getScope(),
        Map.of());
  }

  private String name() {
    return client.platform().displayName();
  }

  private ConnectorException rejected(OAuth2AccessTokenErrorResponse e) {
    return new ConnectorException(
        Kind.AUTH,
        name()
            + " refused the sign-in ("
            + e.getError()
            + "); check the client id in the department configuration.",
        e);
  }

  private ConnectorException interrupted(Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new ConnectorException(
        Kind.UNAVAILABLE, "The sign-in with " + name() + " was interrupted.", e);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
