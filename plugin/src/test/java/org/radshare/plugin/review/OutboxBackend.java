/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.radshare.core.audit.Actor;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.connect.http.ApiClient;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.KeyFile;
import org.radshare.core.pixel.Box;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.TestPolicies;
import org.radshare.plugin.post.Department;
import org.radshare.plugin.post.ImageToPost;
import org.radshare.plugin.post.ReviewedPosting;

/**
 * The fake checks of {@link FakeBackend} with real posting: core's publisher re-checks the final
 * images and writes the post into a local outbox under a synthetic department policy.
 */
final class OutboxBackend implements ReviewBackend {

  final FakeBackend checks = new FakeBackend();
  final CompletableFuture<List<ImageToPost>> sent = new CompletableFuture<>();

  /** The addresses of the post, or why core refused it. */
  final CompletableFuture<List<String>> result = new CompletableFuture<>();

  private final ReviewedPosting posting;
  private final Path dir;

  private final Department department;

  OutboxBackend(Path dir) throws Exception {
    this(dir, false);
  }

  /**
   * @param withMastodon whether the department also allows Mastodon (where nobody is signed in)
   */
  OutboxBackend(Path dir, boolean withMastodon) throws Exception {
    this.dir = dir;
    Path policy = TestPolicies.write(dir, 0, withMastodon);
    department =
        new Department(
            policy::toString,
            name -> dir.resolve("data").resolve(name),
            new EncryptedFileTokenStore(dir.resolve("tokens"), new KeyFile(dir.resolve("key"))),
            ApiClient::create);
    posting =
        new ReviewedPosting(
            ShareService.create(), department, new Actor("radiologist", Optional.empty()));
  }

  /** The department's platforms and sign-ins, as in Weasis; no browser can be opened here. */
  @Override
  public PlatformAccess platforms() {
    return new CorePlatformAccess(
        () -> department,
        url -> {
          throw new IllegalStateException("no browser in this test");
        });
  }

  /** Where the outbox writes each post. */
  Path outbox() {
    return dir.resolve("data").resolve("outbox");
  }

  @Override
  public ScanReport scan(BufferedImage image, String dicomJson, String caption) {
    return checks.scan(image, dicomJson, caption);
  }

  @Override
  public List<CaptionFinding> scanCaption(String dicomJson, String caption) {
    return checks.scanCaption(dicomJson, caption);
  }

  @Override
  public BufferedImage redact(BufferedImage image, List<Box> boxes) {
    return checks.redact(image, boxes);
  }

  @Override
  public List<String> post(BufferedImage image, String dicomJson, ShareDraft draft)
      throws Exception {
    return post(List.of(new ImageToPost(image, dicomJson, draft.altText())), draft);
  }

  @Override
  public List<String> post(List<ImageToPost> images, ShareDraft draft) throws Exception {
    sent.complete(List.copyOf(images));
    try {
      List<String> urls = posting.post(images, draft);
      result.complete(urls);
      return urls;
    } catch (Exception e) {
      result.completeExceptionally(e);
      throw e;
    }
  }
}
