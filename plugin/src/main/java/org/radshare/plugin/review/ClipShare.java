package org.radshare.plugin.review;

import java.util.Objects;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.encode.video.VideoFormat;

/**
 * The clip the radiologist approved: the captured frames, the mask they reviewed (filled on every
 * frame before posting), the series header and the file format to post.
 */
public record ClipShare(FrameSet frames, ClipMask mask, String dicomJson, VideoFormat format) {
  public ClipShare {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(mask, "mask");
    Objects.requireNonNull(dicomJson, "dicomJson");
    Objects.requireNonNull(format, "format");
  }
}
