/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.radshare.core.connect.http.TestTime;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.StoredSession;
import org.radshare.core.connect.token.TokenSet;

/**
 * Posting one clip to Mastodon (docs/platforms.md §1): upload, processing poll, status, clean-up.
 */
class MastodonClipTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String STATUS =
      "{\"id\":\"1104\",\"uri\":\"https://m.example/users/dept/statuses/1104\","
          + "\"url\":\"https://m.example/@dept/1104\",\"media_attachments\":[{\"id\":\"c1\",\"type\":\"video\"}]}";

  private final TestTime time = new TestTime(Instant.parse("2026-11-29T01:00:00Z"));
  private final MediaItem mp4 = TestClips.mp4("Scroll through a synthetic CT phantom");
  private MastodonConnector connector;

  @BeforeEach
  void setUp() {
    StoredSession session =
        new StoredSession(
            new AccountId(Platform.MASTODON, "dept"),
            new TokenSet("tok", "", null, "write:media write:statuses", Map.of()),
            null,
            t -> {
              throw new ConnectorException(Kind.AUTH, "Sign in again.");
            },
            Clock.systemUTC(),
            r -> r.status() == 401);
    connector =
        new MastodonConnector(
            URI.create(wm.baseUrl()),
            time.client(Platform.MASTODON, Duration.ofSeconds(2)),
            session);
    instance("\"video_size_limit\":103809024,\"image_size_limit\":16777216");
  }

  private static void instance(String mediaAttachments) {
    wm.stubFor(
        get("/api/v2/instance")
            .willReturn(
                okJson(
                    "{\"configuration\":{\"statuses\":{\"max_characters\":500},"
                        + "\"media_attachments\":{"
                        + mediaAttachments
                        + "}}}")));
  }

  private static void processing(String... answers) {
    String state = Scenario.STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = "poll-" + (i + 1);
      int status = Integer.parseInt(answers[i].substring(0, 3));
      wm.stubFor(
          get("/api/v1/media/c1")
              .inScenario("processing")
              .whenScenarioStateIs(state)
              .willReturn(aResponse().withStatus(status).withBody(answers[i].substring(4)))
              .willSetStateTo(next));
      state = next;
    }
  }

  private ConnectorException failure(PostDraft draft) {
    return catchThrowableOfType(ConnectorException.class, () -> connector.publish(draft));
  }

  /**
   * PostStatusService raises a ValidationError (422) with the translated text
   * media_attachments.validations.not_ready when any media is not processed
   * (https://github.com/mastodon/mastodon/blob/main/app/services/post_status_service.rb), and GET
   * /api/v1/media/:id answers 206 while processing
   * (https://docs.joinmastodon.org/methods/media/#get): the connector asks the media, not the text,
   * which here is German.
   */
  @Test
  void clipIsPolledWithBackoffAndTheStatusRetriedWhileStillProcessing() throws Exception {
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"c1\",\"url\":null}")));
    processing(
        "206 {\"id\":\"c1\"}", "206 {\"id\":\"c1\"}", "200 {\"id\":\"c1\"}", "206 {\"id\":\"c1\"}");
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("attach")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"error\":\"Dateien, die noch nicht verarbeitet wurden, können nicht angehängt werden.\"}"))
            .willSetStateTo("ready"));
    wm.stubFor(
        post("/api/v1/statuses")
            .inScenario("attach")
            .whenScenarioStateIs("ready")
            .willReturn(okJson(STATUS)));

    assertThat(connector.publish(PostDraft.of("Teaching loop", List.of(mp4))).id())
        .isEqualTo("1104");

    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/api/v2/media"))
            .withRequestBody(containing("filename=\"clip.mp4\"\r\nContent-Type: video/mp4"))
            .withRequestBody(containing("Scroll through a synthetic CT phantom")));
    wm.verify(4, getRequestedFor(urlEqualTo("/api/v1/media/c1")));
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withRequestBody(matchingJsonPath("$.media_ids[0]", equalTo("c1"))));
    // Polls wait 1 s, 2 s, 4 s; the refused status waits the first backoff step again.
    assertThat(time.sleeps)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(1));
  }

  @Test
  void failedProcessingDeletesTheUploadAndSaysWhatToDo() {
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"c1\",\"url\":null}")));
    processing(
        "206 {\"id\":\"c1\"}", "422 {\"error\":\"Error processing thumbnail for uploaded media\"}");
    wm.stubFor(delete("/api/v1/media/c1").willReturn(okJson("{\"id\":\"c1\"}")));

    ConnectorException e = failure(PostDraft.of("Loop", List.of(mp4)));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo("Mastodon could not process the clip; export it again, or as GIF, and retry.");
    wm.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/media/c1")));
    wm.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
  }

  @Test
  void processingThatNeverEndsIsBoundedAndTheUploadRemoved() {
    wm.stubFor(
        post("/api/v2/media")
            .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"c1\",\"url\":null}")));
    wm.stubFor(
        get("/api/v1/media/c1")
            .willReturn(aResponse().withStatus(206).withBody("{\"id\":\"c1\"}")));
    wm.stubFor(delete("/api/v1/media/c1").willReturn(okJson("{\"id\":\"c1\"}")));

    ConnectorException e = failure(PostDraft.of("Loop", List.of(mp4)));
    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.getMessage())
        .isEqualTo("Mastodon is still processing the clip; try again in a few minutes.");
    int polls = wm.findAll(getRequestedFor(urlEqualTo("/api/v1/media/c1"))).size();
    assertThat(polls).isBetween(5, 40);
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(time.sleeps)
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(15)));
    wm.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/media/c1")));
  }

  @Test
  void gifIsUploadedAsAGifAndNeedsNoPollWhenReady() throws Exception {
    wm.stubFor(post("/api/v2/media").willReturn(okJson("{\"id\":\"c1\",\"type\":\"gifv\"}")));
    wm.stubFor(post("/api/v1/statuses").willReturn(okJson(STATUS)));
    connector.publish(PostDraft.of("Loop", List.of(TestClips.gif("Synthetic ultrasound loop"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v2/media"))
            .withRequestBody(containing("filename=\"clip.gif\"\r\nContent-Type: image/gif")));
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void instanceVideoSizeLimitStopsALargerClipBeforeUpload() {
    instance("\"video_size_limit\":" + (mp4.size() - 1));
    ConnectorException e = failure(PostDraft.of("Loop", List.of(mp4)));
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e.getMessage()).contains("over Mastodon's limit of " + (mp4.size() - 1));
    assertOnlyTheInstanceWasRead();
  }

  @Test
  void instanceThatDoesNotListMp4RefusesItBeforeUpload() {
    instance("\"supported_mime_types\":[\"image/png\",\"image/jpeg\",\"image/gif\"]");
    ConnectorException e = failure(PostDraft.of("Loop", List.of(mp4)));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.getMessage())
        .isEqualTo("Mastodon does not take MP4 clips from RadShare; share the clip as GIF.");
    assertOnlyTheInstanceWasRead();
  }

  @Test
  void twoClipsAreRefusedBeforeUpload() {
    ConnectorException e =
        failure(PostDraft.of("Loops", List.of(mp4, TestClips.gif("Second loop"))));
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertOnlyTheInstanceWasRead();
  }

  private static void assertOnlyTheInstanceWasRead() {
    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events)
        .extracting(ev -> ev.getRequest().getMethod().getName() + " " + ev.getRequest().getUrl())
        .containsOnly("GET /api/v2/instance");
  }
}
