package org.radshare.core.connect.compose;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radshare.core.connect.ConnectorException;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.connect.PostDraft;

/**
 * Shapes a draft for one platform and checks it fits, before anything is sent: text length counted
 * the platform's way, number of images, alt text on every image, and image size (re-encoding images
 * that exceed a byte cap). {@link #preview} is what the user sees; {@link #prepare} is the same
 * check as a gate for {@code Connector.publish}.
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
    if (draft.images().size() > limits.maxImages()) {
      problems.add(
          new Problem(
              Problem.Kind.TOO_MANY_IMAGES,
              "%s takes at most %d images per post; remove %d."
                  .formatted(
                      name, limits.maxImages(), draft.images().size() - limits.maxImages())));
    }
    List<MediaItem> images = new ArrayList<>();
    List<Boolean> reencoded = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      MediaItem item = draft.images().get(i);
      checkAltText(i + 1, item, limits, problems);
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
            case TEXT_TOO_LONG, TOO_MANY_IMAGES, IMAGE_TOO_LARGE ->
                ConnectorException.Kind.TOO_LARGE;
            default -> ConnectorException.Kind.REJECTED;
          };
      throw new ConnectorException(kind, first.message());
    }
    return draft.withImages(preview.images());
  }

  private static void checkAltText(
      int number, MediaItem item, PlatformLimits limits, List<Problem> problems) {
    if (item.altText().isEmpty()) {
      problems.add(
          new Problem(
              Problem.Kind.MISSING_ALT_TEXT,
              "Image %d has no alt text; describe it for readers who cannot see it."
                  .formatted(number)));
    } else if (item.altText().length() > limits.maxAltTextLength()) {
      problems.add(
          new Problem(
              Problem.Kind.ALT_TEXT_TOO_LONG,
              "The alt text of image %d is longer than %s's limit of %d characters; shorten it."
                  .formatted(number, limits.platform().displayName(), limits.maxAltTextLength())));
    }
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
