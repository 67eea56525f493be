/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radshare.core.audit.Actor;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.policy.PolicyException;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.TestPolicies;

/** The plugin's posting glue over core: policy from the settings, connectors, fail-closed. */
class ReviewedPostingTest {

  private static final ShareService CHECKS = ShareService.create();
  private static final String HEADER =
      "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"DOE^JOHN\"}]},"
          + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"8377162\"]},"
          + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}";

  @TempDir Path dir;

  @Test
  void withoutAConfiguredPolicyNothingIsPosted() {
    ReviewedPosting posting = posting("");

    assertThatThrownBy(() -> posting.post(slice(), HEADER, draft(Platform.OUTBOX)))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("sharing is disabled");
    assertThat(dir.resolve("data/outbox")).doesNotExist();
  }

  @Test
  void anInvalidPolicyBlocksRatherThanFallingBackToADefault() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"version\": 1}");

    assertThatThrownBy(
            () -> posting(broken.toString()).post(slice(), HEADER, draft(Platform.OUTBOX)))
        .isInstanceOf(PolicyException.class);
  }

  @Test
  void aMissingSignInStopsTheShareBeforeAnythingIsSent() throws Exception {
    ReviewedPosting posting = posting(policy().toUri().toString());

    assertThatThrownBy(
            () -> posting.post(slice(), HEADER, draft(Platform.OUTBOX, Platform.MASTODON)))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessageContaining("Sign in to Mastodon");
    assertThat(files(dir.resolve("data/outbox"))).isEmpty();
  }

  @Test
  void anApprovedCleanImageGoesToTheOutboxAndIsAudited() throws Exception {
    Path policy = policy();

    List<String> urls = posting(policy.toString()).post(slice(), HEADER, draft(Platform.OUTBOX));

    assertThat(urls).hasSize(1);
    assertThat(files(dir.resolve("data/outbox"))).anyMatch(p -> p.toString().endsWith(".png"));
    assertThat(Files.readString(dir.resolve("audit/audit.jsonl"))).isNotBlank();
  }

  @Test
  void twoViewsGoToTheOutboxAsOnePostEachWithItsAltText() throws Exception {
    Path policy = policy();
    List<ImageToPost> images =
        List.of(
            new ImageToPost(slice(), HEADER, "Axial CT slice"),
            new ImageToPost(slice(), HEADER, "Coronal CT slice"));

    List<String> urls = posting(policy.toString()).post(images, draft(Platform.OUTBOX));

    assertThat(urls).hasSize(1);
    List<Path> written = files(dir.resolve("data/outbox"));
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .contains("media-1.png", "media-2.png", "post.json");
    Path post = written.stream().filter(p -> p.endsWith("post.json")).findFirst().orElseThrow();
    assertThat(Files.readString(post)).contains("Axial CT slice").contains("Coronal CT slice");
  }

  @Test
  void aNameReadableInOneOfTheViewsRefusesTheWholePost() throws Exception {
    Path policy = policy();
    BufferedImage named = slice();
    Graphics2D g = named.createGraphics();
    g.setColor(Color.WHITE);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 22));
    g.drawString("DOE JOHN", 12, 30);
    g.dispose();
    List<ImageToPost> images =
        List.of(
            new ImageToPost(slice(), HEADER, "Axial CT slice"),
            new ImageToPost(named, HEADER, "Coronal CT slice"));

    assertThatThrownBy(() -> posting(policy.toString()).post(images, draft(Platform.OUTBOX)))
        .isInstanceOf(ReviewedPosting.NotPostedException.class)
        .hasMessageContaining("Not posted to Local outbox");
    assertThat(files(dir.resolve("data/outbox"))).isEmpty();
  }

  private ReviewedPosting posting(String policyLocation) {
    Department department =
        new Department(
            () -> policyLocation,
            name -> dir.resolve("data").resolve(name),
            new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("key"))),
            ApiClient::create);
    return new ReviewedPosting(CHECKS, department, new Actor("tester", Optional.empty()));
  }

  private Path policy() throws IOException {
    return TestPolicies.write(dir, 0, true);
  }

  private static ShareDraft draft(Platform... platforms) {
    return new ShareDraft(
        "Classic findings.",
        "Classic findings.",
        List.of("#MedEd"),
        "Axial CT slice",
        "",
        List.of(platforms),
        true);
  }

  /** A text-free synthetic slice: a grey disc on black. */
  private static BufferedImage slice() {
    BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(120, 120, 120));
    g.fillOval(80, 40, 160, 160);
    g.dispose();
    return img;
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
