/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorPublishTest {

  /** Records calls; fails where told to. */
  static final class FakeConnector implements Connector {
    final List<String> calls = new ArrayList<>();
    int failUploadAt = -1;
    boolean failCreate;
    boolean failDiscard;

    @Override
    public Platform platform() {
      return Platform.MASTODON;
    }

    @Override
    public PlatformLimits limits() {
      return PlatformLimits.defaultsFor(Platform.MASTODON);
    }

    @Override
    public void ensureAuthorised() {
      calls.add("auth");
    }

    @Override
    public MediaRef uploadMedia(MediaItem item) throws ConnectorException {
      int n = (int) calls.stream().filter(c -> c.startsWith("upload")).count();
      if (n == failUploadAt) {
        throw new ConnectorException(ConnectorException.Kind.TOO_LARGE, "Too big.");
      }
      calls.add("upload:" + n);
      return new MediaRef(Platform.MASTODON, "m" + n, item);
    }

    @Override
    public PostResult createPost(PostDraft draft, List<MediaRef> media) throws ConnectorException {
      calls.add("create:" + media.size());
      if (failCreate) {
        throw new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "Down.");
      }
      return new PostResult(Platform.MASTODON, "p1", URI.create("https://example.test/p1"));
    }

    @Override
    public void delete(PostResult post) {
      calls.add("delete");
    }

    @Override
    public void discardMedia(MediaRef media) throws ConnectorException {
      calls.add("discard:" + media.id());
      if (failDiscard) {
        throw new ConnectorException(ConnectorException.Kind.UNAVAILABLE, "Discard failed.");
      }
    }
  }

  private final PostDraft draft =
      PostDraft.of(
          "Case of the week", List.of(TestImages.png(8, 8, "a"), TestImages.png(8, 8, "b")));

  @Test
  void uploadsEveryImageThenCreatesThePost() throws Exception {
    FakeConnector c = new FakeConnector();
    PostResult r = c.publish(draft);
    assertThat(r.id()).isEqualTo("p1");
    assertThat(c.calls).containsExactly("auth", "upload:0", "upload:1", "create:2");
  }

  @Test
  void failedCreateDiscardsUploadedMediaAndRethrows() {
    FakeConnector c = new FakeConnector();
    c.failCreate = true;
    assertThatThrownBy(() -> c.publish(draft)).hasMessage("Down.");
    assertThat(c.calls)
        .containsExactly("auth", "upload:0", "upload:1", "create:2", "discard:m0", "discard:m1");
  }

  @Test
  void failedSecondUploadDiscardsTheFirstAndNeverCreates() {
    FakeConnector c = new FakeConnector();
    c.failUploadAt = 1;
    assertThatThrownBy(() -> c.publish(draft))
        .isInstanceOf(ConnectorException.class)
        .extracting(e -> ((ConnectorException) e).kind())
        .isEqualTo(ConnectorException.Kind.TOO_LARGE);
    assertThat(c.calls).containsExactly("auth", "upload:0", "discard:m0");
  }

  @Test
  void cleanupFailuresAreAttachedNotThrownInstead() {
    FakeConnector c = new FakeConnector();
    c.failCreate = true;
    c.failDiscard = true;
    assertThatThrownBy(() -> c.publish(draft))
        .hasMessage("Down.")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
  }

  @Test
  void draftNormalisesTagsAndImpliesSensitiveFromWarning() {
    PostDraft d =
        draft
            .withHashtags(List.of("#Radiology", "radiology", " ", "##MedEd"))
            .withContentWarning("Surgical image");
    assertThat(d.hashtags()).containsExactly("Radiology", "MedEd");
    assertThat(d.sensitive()).isTrue();
    assertThat(d.withDefaultHashtags(List.of("MedEd", "FOAMrad")).hashtags())
        .containsExactly("Radiology", "MedEd", "FOAMrad");
  }

  @Test
  void platformLooksUpByKey() {
    assertThat(Platform.byKey(" Bluesky ")).contains(Platform.BLUESKY);
    assertThat(Platform.byKey("myspace")).isEmpty();
  }
}
