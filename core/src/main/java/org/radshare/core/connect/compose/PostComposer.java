/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.compose;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.radshare.core.connect.ClipSupport;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;

/**
 * Shapes a draft for one platform and checks it fits, before anything is sent: text length counted
 * the platform's way, number of images, alt text on every image, and image size (re-encoding images
 * that exceed a byte cap). A post carries either 1–4 stills or exactly one clip (MP4 or GIF); a
 * clip must be an encoding the platform takes ({@link ClipSupport}) and fit its byte cap as it is,
 * since clips are never re-encoded here. {@link #preview} is what the user sees; {@link #prepare}
 * is the same check as a gate for {@code Connector.publish}.
 */
public final class PostComposer {

  private PostComposer() {}

  /** What the platform will show, with every problem that would stop the post. */
  public static Preview preview(PostDraft draft, PlatformLimits limits) {
    ComposedText composed = ComposedText.of(draft, limits.platform());
    String name = limits.platform().displayName();
    List<Problem> problems = new ArrayList<>();
    if (composed.text().isEmpty() && draft.images().isEmpty()) {
      problems.add(
          new Problem(Problem.Kind.EMPTY, "The post is empty; add a caption or an image."));
    }
    int length = TextCounter.count(composed.spoilerText(), composed.text(), limits);
    if (length > limits.maxTextLength()) {
      problems.add(
          new Problem(
              Problem.Kind.TEXT_TOO_LONG,
              "The text is %d characters on %s; shorten it by %d to fit the limit of %d."
                  .formatted(
                      length, name, length - limits.maxTextLength(), limits.maxTextLength())));
    } else if (limits.maxTextBytes() > 0
        && TextCounter.utf8Bytes(composed.text()) > limits.maxTextBytes()) {
      problems.add(
          new Problem(
              Problem.Kind.TEXT_TOO_LONG,
              "The text is over %s's limit of %d bytes; shorten it."
                  .formatted(name, limits.maxTextBytes())));
    }
    checkLink(draft.link(), problems);
    checkMediaShape(draft.images(), limits, problems);
    List<MediaItem> images = new ArrayList<>();
    List<Boolean> reencoded = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      MediaItem item = draft.images().get(i);
      if (item.clip()) {
        checkAltText("The clip", item, limits.clips().maxAltTextLength(), name, problems);
        clipProblem(item, limits).ifPresent(problems::add);
        images.add(item);
        reencoded.add(false);
        continue;
      }
      checkAltText("Image " + (i + 1), item, limits.maxAltTextLength(), name, problems);
      Optional<MediaItem> fitted =
          ImageFitter.fit(item, limits.maxImageBytes(), limits.maxImagePixels());
      if (fitted.isEmpty()) {
        problems.add(
            new Problem(
                Problem.Kind.IMAGE_TOO_LARGE,
                "Image %d cannot be made smaller than %s's limit of %d bytes; crop it."
                    .formatted(i + 1, name, limits.maxImageBytes())));
      }
      images.add(fitted.orElse(item));
      reencoded.add(fitted.isPresent() && fitted.get() != item);
    }
    return new Preview(
        limits.platform(),
        composed.text(),
        composed.spoilerText(),
        length,
        limits.maxTextLength(),
        images,
        reencoded,
        problems);
  }

  /**
   * Returns the draft as it will be sent (images re-encoded where needed), or throws the first
   * problem as a one-sentence error.
   */
  public static PostDraft prepare(PostDraft draft, PlatformLimits limits)
      throws ConnectorException {
    Preview preview = preview(draft, limits);
    if (!preview.fits()) {
      Problem first = preview.problems().get(0);
      ConnectorException.Kind kind =
          switch (first.kind()) {
            case TEXT_TOO_LONG, TOO_MANY_IMAGES, IMAGE_TOO_LARGE, CLIP_TOO_LARGE ->
                ConnectorException.Kind.TOO_LARGE;
            default -> ConnectorException.Kind.REJECTED;
          };
      throw new ConnectorException(kind, first.message());
    }
    return draft.withImages(preview.images());
  }

  /**
   * Checks one clip against the platform before it is uploaded: the encoding must be one the
   * platform takes and the bytes must fit its cap (clips are never re-encoded here: the clip
   * encoder already fitted them). Connectors call this again in {@code uploadMedia}, so a clip that
   * skipped {@link #prepare} is still refused before anything is sent.
   *
   * @throws ConnectorException REJECTED for an encoding the platform does not take, TOO_LARGE for a
   *     clip over the cap
   */
  public static void checkClip(MediaItem clip, PlatformLimits limits) throws ConnectorException {
    Optional<Problem> problem = clipProblem(clip, limits);
    if (problem.isPresent()) {
      throw new ConnectorException(
          problem.get().kind() == Problem.Kind.CLIP_TOO_LARGE
              ? ConnectorException.Kind.TOO_LARGE
              : ConnectorException.Kind.REJECTED,
          problem.get().message());
    }
  }

  private static Optional<Problem> clipProblem(MediaItem clip, PlatformLimits limits) {
    ClipSupport support = limits.clips();
    Optional<String> refusal = support.refusal(clip.mimeType());
    if (refusal.isPresent()) {
      return Optional.of(new Problem(Problem.Kind.CLIP_NOT_SUPPORTED, refusal.get()));
    }
    long cap = support.maxBytes(clip.mimeType());
    if (clip.size() > cap) {
      return Optional.of(
          new Problem(
              Problem.Kind.CLIP_TOO_LARGE,
              "The %s clip is %d bytes, over %s's limit of %d; shorten it or export it smaller."
                  .formatted(
                      clip.extension().toUpperCase(Locale.ROOT),
                      clip.size(),
                      limits.platform().displayName(),
                      cap)));
    }
    return Optional.empty();
  }

  /** A post has either 1–4 stills or exactly one clip: never a clip with anything else. */
  private static void checkMediaShape(
      List<MediaItem> media, PlatformLimits limits, List<Problem> problems) {
    String name = limits.platform().displayName();
    long clips = media.stream().filter(MediaItem::clip).count();
    if (clips > 1) {
      problems.add(
          new Problem(
              Problem.Kind.MIXED_MEDIA,
              "A post can carry only one clip; remove %d of the %d clips."
                  .formatted(clips - 1, clips)));
    } else if (clips == 1 && media.size() > 1) {
      problems.add(
          new Problem(
              Problem.Kind.MIXED_MEDIA,
              "A post carries either images or one clip, not both; post the clip on its own."));
    } else if (media.size() > limits.maxImages()) {
      problems.add(
          new Problem(
              Problem.Kind.TOO_MANY_IMAGES,
              "%s takes at most %d images per post; remove %d."
                  .formatted(name, limits.maxImages(), media.size() - limits.maxImages())));
    }
  }

  private static void checkAltText(
      String what, MediaItem item, int maxLength, String platformName, List<Problem> problems) {
    if (item.altText().isEmpty()) {
      problems.add(
          new Problem(
              Problem.Kind.MISSING_ALT_TEXT,
              "%s has no alt text; describe it for readers who cannot see it.".formatted(what)));
    } else if (item.altText().length() > maxLength) {
      problems.add(
          new Problem(
              Problem.Kind.ALT_TEXT_TOO_LONG,
              "The alt text of %s is longer than %s's limit of %d characters; shorten it."
                  .formatted(lowerFirst(what), platformName, maxLength)));
    }
  }

  private static String lowerFirst(String s) {
    return s.startsWith("The ") ? "the " + s.substring(4) : s.toLowerCase(Locale.ROOT);
  }

  private static void checkLink(String link, List<Problem> problems) {
    if (link.isEmpty()) {
      return;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme();
      if (("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(
        new Problem(
            Problem.Kind.INVALID_LINK,
            "The link is not a web address; use one starting https://."));
  }
}
