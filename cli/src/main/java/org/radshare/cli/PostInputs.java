/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.radshare.core.capture.BadInputException;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.FrameFiles;
import org.radshare.core.connect.PlatformLimits;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.share.ClipPublishRequest;
import org.radshare.core.share.PostImage;
import org.radshare.core.share.PublishRequest;
import picocli.CommandLine.Option;

/**
 * What {@code post} posts: one to four images, each with its alt text (and its header, or one
 * header for all), or a clip's frames with one alt text; and the caption of the post. Counts that
 * do not line up are bad input; a missing alt text is left for the policy gate to refuse.
 */
final class PostInputs {

  @Option(
      names = "--image",
      paramLabel = "IN",
      description = "Image file; repeat for up to four images in one post.")
  List<Path> images = new ArrayList<>();

  @Option(
      names = "--alt",
      paramLabel = "TEXT",
      description = "Alt text describing the image (or clip); repeat in the order of --image.")
  List<String> alts = new ArrayList<>();

  @Option(
      names = "--header",
      paramLabel = "H.json",
      description = "DICOM JSON dataset (PS3.18 F.2): one for all images, or one per --image.")
  List<Path> headers = new ArrayList<>();

  @Option(names = "--caption", paramLabel = "TEXT", description = "Caption of the post.")
  String caption = "";

  @Option(
      names = "--frames",
      paramLabel = "DIR_OR_MULTIFRAME",
      description =
          "Post a clip instead of images: a folder of frame images (name order) or an animated"
              + " GIF or multi-page TIFF.")
  Path frames;

  @Option(
      names = "--format",
      paramLabel = "mp4|gif",
      description = "Encoding of a --frames clip (default: mp4).")
  String format;

  @Option(
      names = "--fps",
      paramLabel = "N",
      description = "Frames per second of a --frames clip (default: 10).")
  Double fps;

  /** Whether a clip (--frames) is posted rather than images (--image). */
  boolean clip() throws BadInputException {
    if (images.isEmpty() == (frames == null)) {
      throw new BadInputException("give --image (up to four times) or --frames, not both");
    }
    if (frames == null && (format != null || fps != null)) {
      throw new BadInputException("--format and --fps apply to --frames only");
    }
    return frames != null;
  }

  /** The images with their alt texts and headers, and the caption. */
  PublishRequest stills(String account) throws BadInputException {
    int count = images.size();
    if (count > PlatformLimits.MAX_IMAGES_PER_POST) {
      throw new BadInputException(
          "a post takes at most " + PlatformLimits.MAX_IMAGES_PER_POST + " images, got " + count);
    }
    requireAtMost(alts.size(), count, "--alt", "--image");
    if (headers.size() > 1 && headers.size() != count) {
      throw new BadInputException("give one --header for all images or one per --image");
    }
    List<Optional<Dataset>> datasets = new ArrayList<>();
    for (Path h : headers) {
      datasets.add(Optional.of(HeaderFiles.read(h)));
    }
    List<PostImage> post = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BufferedImage pixels = ImageFiles.read(images.get(i));
      Optional<Dataset> header =
          datasets.isEmpty() ? Optional.empty() : datasets.get(Math.min(i, datasets.size() - 1));
      post.add(new PostImage(pixels, header, i < alts.size() ? alts.get(i) : ""));
    }
    return PublishRequest.of(post, caption, account);
  }

  /** The clip's frames, header and caption, with its alt text and encoding. */
  ClipPublishRequest clipRequest(String account) throws BadInputException {
    requireAtMost(alts.size(), 1, "--alt", "--frames");
    if (headers.size() > 1) {
      throw new BadInputException("a clip takes one --header");
    }
    VideoFormat encoding = videoFormat();
    double rate = fps == null ? 10 : fps;
    if (!(rate > 0)) {
      throw new BadInputException("--fps must be a positive number");
    }
    Optional<Dataset> header =
        headers.isEmpty() ? Optional.empty() : Optional.of(HeaderFiles.read(headers.get(0)));
    ClipInput input =
        new ClipInput(FrameFiles.read(frames, (int) Math.round(1000 / rate)), header, caption);
    return ClipPublishRequest.of(input, alts.isEmpty() ? "" : alts.get(0), encoding, account);
  }

  private VideoFormat videoFormat() throws BadInputException {
    String name = format == null ? "mp4" : format.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "mp4" -> VideoFormat.MP4;
      case "gif" -> VideoFormat.GIF;
      default -> throw new BadInputException("--format must be mp4 or gif, not " + format);
    };
  }

  private static void requireAtMost(int given, int allowed, String option, String per)
      throws BadInputException {
    if (given > allowed) {
      throw new BadInputException(
          "more " + option + " than " + per + " (" + given + " for " + allowed + ")");
    }
  }
}
