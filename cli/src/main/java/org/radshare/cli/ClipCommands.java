/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipReport;
import org.radshare.core.cine.ClipService;
import org.radshare.core.cine.FrameRegion;
import org.radshare.core.encode.MetadataFoundException;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.RegionClass;
import org.radshare.core.policy.Verdict;

/**
 * {@code scan --frames} and {@code redact --frames}: the clip pipeline behind the same options and
 * the same JSON shape as a still, each text region carrying the {@code frame} it was first seen on
 * (absent for regions found on the composite of all frames).
 */
final class ClipCommands {
  private ClipCommands() {}

  static ClipService service() {
    return new ClipService(Pipeline.service().pixels());
  }

  static int scan(ClipInput input, boolean json, PrintStream out) {
    ClipReport report = service().check(input).report();
    if (json) {
      out.println(render(report.verdict(), report.regions(), report.captionFindings(), report));
    } else {
      print(report, out);
    }
    return RadShareCommand.EXIT_OK;
  }

  static int redact(ClipInput input, Path out, boolean json, PrintStream stdout)
      throws IOException {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    Optional<VideoFormat> format = VideoFormat.forFileName(name);
    if (format.isEmpty()) {
      System.err.println("radshare: with --frames, --out must end in .mp4 or .gif: " + out);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    if (Files.isDirectory(out)) {
      System.err.println("radshare: --out is a directory: " + out);
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    CheckedClip checked = service().check(input);
    ClipReport report = checked.report();
    boolean writable = checked.redacted().isPresent() && report.verdict() != Verdict.BLOCK;
    EncodedClip encoded = null;
    if (writable) {
      try {
        encoded =
            ClipEncoder.encode(
                checked.redacted().get().frames(),
                checked.redacted().get().frameMillis(),
                format.get(),
                ClipLimits.NONE);
        RedactCommand.writeAtomically(encoded.bytes(), out);
      } catch (MetadataFoundException e) {
        System.err.println("radshare: not written: " + e.getMessage());
        encoded = null;
      }
    } else {
      System.err.println(
          "radshare: not written: verdict "
              + report.verdict()
              + (report.reasons().isEmpty() ? "" : " — " + report.reasons().get(0).message()));
    }
    if (json) {
      List<FrameRegion> output =
          report.regions().stream()
              .filter(r -> r.region().classification() == RegionClass.BENIGN)
              .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      output.addAll(report.residual());
      stdout.println(render(report.verdict(), output, report.captionFindings(), report));
    } else {
      print(report, stdout);
      if (encoded != null) {
        encoded.adjustments().forEach(a -> stdout.println("  " + a));
        stdout.println("Written: " + out + " (" + encoded + ")");
      }
    }
    return RadShareCommand.EXIT_OK;
  }

  static String render(
      Verdict verdict, List<FrameRegion> regions, List<CaptionFinding> caption, ClipReport report) {
    ObjectNode root = ScanJson.root(verdict);
    ArrayNode regionArray = root.putArray("textRegions");
    for (FrameRegion f : regions) {
      ObjectNode node = ScanJson.addRegion(regionArray, f.region());
      if (!f.composite()) {
        node.put("frame", f.frame());
      }
    }
    return ScanJson.finish(root, caption, report.elapsedMillis());
  }

  private static void print(ClipReport report, PrintStream out) {
    HumanReport.printVerdict(report.verdict(), report.reasons(), out);
    out.println(
        "Frames: "
            + report.coverage().size()
            + " ("
            + report.framesScanned()
            + " scanned, the rest identical in their text to a scanned frame; "
            + report.framesVerified()
            + " re-scanned after redaction)");
    out.println("Text regions: " + report.regions().size());
    for (FrameRegion f : report.regions()) {
      HumanReport.printRegion(f.region(), f.composite() ? "all" : "frame " + f.frame(), out);
    }
    HumanReport.printCaption(report.captionFindings(), report.elapsedMillis(), out);
  }
}
