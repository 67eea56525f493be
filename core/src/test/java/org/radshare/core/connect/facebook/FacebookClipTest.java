/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.facebook;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.http.Authorizer;
import org.radshare.core.connect.http.TestTime;

/** Facebook Pages take no clips from RadShare: both encodings refused with nothing sent. */
class FacebookClipTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FacebookConnector connector =
      new FacebookConnector(
          URI.create(wm.baseUrl() + "/v25.0"),
          "1234",
          new TestTime(Instant.parse("2026-11-29T01:00:00Z"))
              .client(Platform.FACEBOOK, Duration.ofSeconds(2)),
          new Authorizer() {
            @Override
            public Optional<String> header() {
              return Optional.of("Bearer page-token");
            }

            @Override
            public void refresh() throws ConnectorException {
              throw new ConnectorException(Kind.AUTH, "Sign in again.");
            }
          });

  @Test
  void mp4AndGifAreRefusedBeforeAnythingIsSent() {
    for (MediaItem clip : List.of(TestClips.mp4("Loop"), TestClips.gif("Loop"))) {
      ConnectorException e =
          catchThrowableOfType(
              ConnectorException.class,
              () -> connector.publish(PostDraft.of("Loop", List.of(clip))));
      assertThat(e.kind()).isEqualTo(Kind.REJECTED);
      assertThat(e.getMessage())
          .isEqualTo(
              "Facebook Page posts from RadShare cannot carry clips yet (video upload needs"
                  + " Meta's app review); share a still image, or post the clip elsewhere.");
      assertThat(catchThrowableOfType(ConnectorException.class, () -> connector.uploadMedia(clip)))
          .isNotNull();
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
