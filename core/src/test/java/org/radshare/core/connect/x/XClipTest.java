/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.ConnectorException.Kind;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestClips;
import org.radshare.core.connect.TestImages;
import org.radshare.core.connect.http.PollPolicy;
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/** Posting one clip to X (docs/platforms.md §2): chunked upload, STATUS polling, alt text, post. */
class XClipTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  private static final String PENDING =
      "{\"data\":{\"id\":\"888\",\"processing_info\":{\"state\":\"%s\",\"check_after_secs\":%d}}}";

  private final TestTime time = new TestTime(NOW);
  private StoredSession session;

  @BeforeEach
  void setUp() {
    TokenSet tokens =
        new TokenSet(
            "tok", "r1", NOW.plusSeconds(7200), "tweet.write", Map.of("username", "deptrad"));
    session =
        new StoredSession(
            new AccountId(Platform.X, "deptrad"),
            tokens,
            null,
            t -> {
              throw new ConnectorException(Kind.AUTH, "Sign in again.");
            },
            time,
            r -> r.status() == 401);
    wm.stubFor(
        post("/2/media/upload/initialize").willReturn(okJson("{\"data\":{\"id\":\"888\"}}")));
    wm.stubFor(post("/2/media/upload/888/append").willReturn(aResponse().withStatus(204)));
    wm.stubFor(
        post("/2/media/upload/888/finalize").willReturn(okJson(PENDING.formatted("pending", 5))));
    wm.stubFor(
        post("/2/media/metadata").willReturn(okJson("{\"data\":{\"associated_metadata\":true}}")));
    wm.stubFor(post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1851\",\"text\":\"x\"}}")));
  }

  private XConnector connector(int chunkBytes) {
    return new XConnector(
        URI.create(wm.baseUrl()),
        time.client(Platform.X, Duration.ofSeconds(5)),
        session,
        PollPolicy.mediaProcessing(),
        chunkBytes);
  }

  private static void status(String... answers) {
    String state = Scenario.STARTED;
    for (int i = 0; i < answers.length; i++) {
      wm.stubFor(
          get(urlPathEqualTo("/2/media/upload"))
              .inScenario("status")
              .whenScenarioStateIs(state)
              .willReturn(okJson(answers[i]))
              .willSetStateTo("s" + (i + 1)));
      state = "s" + (i + 1);
    }
  }

  private static ConnectorException failure(XConnector c, PostDraft d) {
    return catchThrowableOfType(ConnectorException.class, () -> c.publish(d));
  }

  @Test
  void mp4IsAppendedInSegmentsPolledUntilProcessedThenPosted() throws Exception {
    // A real clip of 0.8 s, within X's 0.5-140 s and 60 fps, checked before the upload.
    MediaItem clip = TestClips.mp4("Scroll through a synthetic CT phantom", 64, 48, 200);
    int chunk = clip.size() / 3 + 1;
    status(
        PENDING.formatted("in_progress", 10),
        "{\"data\":{\"id\":\"888\",\"processing_info\":{\"state\":\"succeeded\",\"progress_percent\":100}}}");

    connector(chunk).publish(PostDraft.of("Teaching loop", List.of(clip)));

    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
            .withRequestBody(matchingJsonPath("$.media_category", equalTo("tweet_video")))
            .withRequestBody(matchingJsonPath("$.media_type", equalTo("video/mp4")))
            .withRequestBody(matchingJsonPath("$.total_bytes", equalTo("" + clip.size()))));
    List<LoggedRequest> appends =
        wm.findAll(postRequestedFor(urlEqualTo("/2/media/upload/888/append")));
    assertThat(appends).hasSize(3);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    appends.stream()
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(part(r, "segment_index"))))
        .forEach(r -> joined.writeBytes(r.getPart("media").getBody().asBytes()));
    assertThat(appends).extracting(r -> part(r, "segment_index")).containsOnly("0", "1", "2");
    assertThat(joined.toByteArray()).isEqualTo(clip.bytes());
    wm.verify(
        getRequestedFor(urlPathEqualTo("/2/media/upload"))
            .withQueryParam("command", equalTo("STATUS"))
            .withQueryParam("media_id", equalTo("888")));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/metadata"))
            .withRequestBody(
                matchingJsonPath(
                    "$.metadata.alt_text.text", equalTo("Scroll through a synthetic CT phantom"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(matchingJsonPath("$.media.media_ids[0]", equalTo("888"))));
  }

  private static String part(LoggedRequest r, String name) {
    return r.getPart(name).getBody().asString();
  }

  @Test
  void defaultSegmentsAreAtMostFourMegabytes() throws Exception {
    status("{\"data\":{\"id\":\"888\",\"processing_info\":{\"state\":\"succeeded\"}}}");
    // Segmenting does not look inside the file: opaque bytes, uploaded directly.
    MediaItem large = TestClips.opaque("image/png", XConnector.CHUNK_BYTES + 1, "Loop");
    new XConnector(URI.create(wm.baseUrl()), time.client(Platform.X), session).uploadMedia(large);
    assertThat(XConnector.CHUNK_BYTES).isLessThanOrEqualTo(4_000_000);
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/2/media/upload/888/append"))))
        .extracting(r -> r.getPart("media").getBody().asBytes().length)
        .containsExactlyInAnyOrder(XConnector.CHUNK_BYTES, 1);
  }

  @Test
  void gifUsesTheGifCategory() throws Exception {
    status("{\"data\":{\"id\":\"888\",\"processing_info\":{\"state\":\"succeeded\"}}}");
    connector(XConnector.CHUNK_BYTES)
        .publish(PostDraft.of("Loop", List.of(TestClips.gif("Synthetic ultrasound loop"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
            .withRequestBody(matchingJsonPath("$.media_category", equalTo("tweet_gif")))
            .withRequestBody(matchingJsonPath("$.media_type", equalTo("image/gif"))));
  }

  @Test
  void failedProcessingStopsBeforeAltTextAndPost() {
    status(
        "{\"data\":{\"id\":\"888\",\"processing_info\":{\"state\":\"failed\","
            + "\"error\":{\"code\":1,\"name\":\"InvalidMedia\",\"message\":\"Unsupported video.\"}}}}");
    ConnectorException e =
        failure(connector(1000), PostDraft.of("Loop", List.of(TestClips.mp4("Loop", 64, 48, 200))));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo(
            "X could not process the clip (Unsupported video); export it again, shorter or"
                + " smaller, and retry.");
    wm.verify(0, postRequestedFor(urlEqualTo("/2/media/metadata")));
    wm.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void processingThatNeverEndsIsBounded() {
    wm.stubFor(
        get(urlPathEqualTo("/2/media/upload"))
            .willReturn(okJson(PENDING.formatted("in_progress", 20))));
    ConnectorException e =
        failure(connector(1000), PostDraft.of("Loop", List.of(TestClips.mp4("Loop", 64, 48, 200))));
    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.getMessage())
        .isEqualTo("X is still processing the clip; try again in a few minutes.");
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/2/media/upload"))))
        .hasSizeBetween(5, 40);
    wm.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void refusedDraftsSendNothing() {
    MediaItem mp4 = TestClips.mp4("Loop");
    XConnector c = connector(1000);
    assertThat(failure(c, PostDraft.of("Two", List.of(mp4, TestClips.gif("Other")))).kind())
        .isEqualTo(Kind.REJECTED);
    assertThat(failure(c, PostDraft.of("Mixed", List.of(TestImages.png(8, 8, "a"), mp4))).kind())
        .isEqualTo(Kind.REJECTED);
    MediaItem bigGif = TestClips.opaque("image/gif", 15 * 1024 * 1024 + 1, "Loop");
    assertThat(failure(c, PostDraft.of("Big", List.of(bigGif))).kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
