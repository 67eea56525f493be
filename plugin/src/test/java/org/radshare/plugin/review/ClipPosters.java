package org.radshare.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.connect.MediaItem;
import org.radshare.core.connect.MediaRef;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.PostResult;
import org.radshare.core.connect.compose.PostComposer;
import org.radshare.core.connect.outbox.OutboxConnector;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.GifBlocks;
import org.radshare.core.encode.video.Mp4Boxes;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.PixelScanner;

/**
 * Posting for the clip scenario: core's own building blocks (mask filled on every frame, clean
 * encoder, outbox connector) into a scratch outbox, and the check of what landed there.
 */
final class ClipPosters {

  private ClipPosters() {}

  /** Posts into {@code scratch}/outbox. */
  static RecordingClipBackend.Poster outbox(Path scratch) {
    return (clip, draft, justification) -> {
      FrameSet masked = clip.mask().apply(clip.frames(), new PixelScanner());
      EncodedClip encoded =
          ClipEncoder.encode(masked.frames(), masked.frameMillis(), clip.format(), ClipLimits.NONE);
      OutboxConnector outbox =
          new OutboxConnector(scratch.resolve("outbox"), Platform.OUTBOX, Clock.systemUTC());
      MediaItem item =
          new MediaItem(
              encoded.bytes(),
              clip.format().mimeType(),
              draft.altText(),
              encoded.width(),
              encoded.height());
      PostDraft post =
          PostComposer.prepare(PostDraft.of(draft.text(), List.of(item)), outbox.limits());
      MediaRef ref = outbox.uploadMedia(post.images().get(0));
      PostResult result = outbox.createPost(post, List.of(ref));
      return new ClipPosted(List.of(result.publicUrl().toString()), encoded.adjustments());
    };
  }

  /** The outbox holds the posted clip, in its format, without metadata. */
  static void assertPosted(Path scratch, RecordingClipBackend.Posted sent) throws Exception {
    assertThat(sent.done().urls()).hasSize(1);
    String ext = sent.clip().format().extension();
    List<Path> media;
    try (Stream<Path> files = Files.walk(scratch.resolve("outbox"))) {
      media = files.filter(p -> p.getFileName().toString().endsWith("." + ext)).toList();
    }
    assertThat(media).hasSize(1);
    byte[] bytes = Files.readAllBytes(media.get(0));
    if (sent.clip().format() == VideoFormat.GIF) {
      GifBlocks.check(bytes);
    } else {
      Mp4Boxes.check(bytes);
    }
  }
}
