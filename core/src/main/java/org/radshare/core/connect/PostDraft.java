/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a user asked to publish, before any platform shaped it: the redacted images with their
 * alt text, the caption, hashtags, an optional link and an optional content warning. The {@link
 * #idempotencyKey()} is fixed when the draft is made, so retrying the same draft never creates a
 * second post on platforms that honour it.
 *
 * @param caption the user's text (already checked for identifiers by the caption scanner)
 * @param hashtags tags without the leading {@code #}, in order, without duplicates
 * @param link an optional http(s) link, or an empty string
 * @param contentWarning an optional warning shown before the post, or an empty string
 * @param sensitive whether media should be hidden behind a warning (implied by a content warning)
 * @param images up to four images (platforms may allow fewer), each with alt text
 * @param idempotencyKey a key identifying this post: random for a new draft, derived from the
 *     content by {@link #withContentKey} once the post is ready to send
 */
public record PostDraft(
    String caption,
    List<String> hashtags,
    String link,
    String contentWarning,
    boolean sensitive,
    List<MediaItem> images,
    String idempotencyKey) {

  public PostDraft {
    caption = caption == null ? "" : caption.strip();
    hashtags = normaliseTags(hashtags == null ? List.of() : hashtags);
    link = link == null ? "" : link.strip();
    contentWarning = contentWarning == null ? "" : contentWarning.strip();
    sensitive = sensitive || !contentWarning.isEmpty();
    images = List.copyOf(Objects.requireNonNull(images, "images"));
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("idempotencyKey must not be blank");
    }
  }

  /** A draft with a caption and images, no tags, link or warning, and a fresh idempotency key. */
  public static PostDraft of(String caption, List<MediaItem> images) {
    return new PostDraft(caption, List.of(), "", "", false, images, UUID.randomUUID().toString());
  }

  public PostDraft withHashtags(List<String> tags) {
    return new PostDraft(caption, tags, link, contentWarning, sensitive, images, idempotencyKey);
  }

  /** Adds department default tags after the user's own, skipping ones already present. */
  public PostDraft withDefaultHashtags(List<String> defaults) {
    List<String> all = new ArrayList<>(hashtags);
    all.addAll(defaults);
    return withHashtags(all);
  }

  public PostDraft withLink(String url) {
    return new PostDraft(caption, hashtags, url, contentWarning, sensitive, images, idempotencyKey);
  }

  public PostDraft withContentWarning(String warning) {
    return new PostDraft(caption, hashtags, link, warning, sensitive, images, idempotencyKey);
  }

  public PostDraft withSensitive(boolean flag) {
    return new PostDraft(caption, hashtags, link, contentWarning, flag, images, idempotencyKey);
  }

  public PostDraft withImages(List<MediaItem> items) {
    return new PostDraft(caption, hashtags, link, contentWarning, sensitive, items, idempotencyKey);
  }

  public PostDraft withIdempotencyKey(String key) {
    return new PostDraft(caption, hashtags, link, contentWarning, sensitive, images, key);
  }

  /**
   * A copy whose idempotency key is derived from everything the post carries and where it goes: the
   * same post to the same account gets the same key in every run, so repeating it after a failure
   * whose outcome is unknown is recognised by the platforms that honour keys (Mastodon's {@code
   * Idempotency-Key}, Bluesky's record key) instead of making a second post. The inputs are those
   * the audit intent records (platform, account, the media's SHA-256) plus the final text.
   */
  public PostDraft withContentKey(String platformKey, String account) {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    List<String> parts = new ArrayList<>(List.of(platformKey, account, caption, link));
    parts.add(contentWarning);
    parts.add(Boolean.toString(sensitive));
    parts.add(String.join("\n", hashtags));
    for (MediaItem m : images) {
      parts.add(m.mimeType());
      parts.add(m.altText());
      parts.add(java.util.HexFormat.of().formatHex(digest(m.bytes())));
    }
    for (String p : parts) {
      byte[] b = p.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
      sha.update(b);
    }
    return withIdempotencyKey("rs-" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 16));
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Strips a leading '#', drops blanks and case-insensitive duplicates, keeps the first spelling.
   */
  private static List<String> normaliseTags(List<String> tags) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String t : tags) {
      String tag = t == null ? "" : t.strip();
      while (tag.startsWith("#")) {
        tag = tag.substring(1);
      }
      if (!tag.isEmpty() && seen.add(tag.toLowerCase(Locale.ROOT))) {
        out.add(tag);
      }
    }
    return List.copyOf(out);
  }
}
