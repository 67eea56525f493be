/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.radshare.core.capture.HeaderFiles;
import org.radshare.core.capture.ImageFiles;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.encode.video.ClipEncoder;
import org.radshare.core.encode.video.ClipLimits;
import org.radshare.core.encode.video.EncodedClip;
import org.radshare.core.encode.video.VideoFormat;
import org.radshare.core.pixel.ImageNormalizer;
import org.radshare.core.pixel.TesseractOcr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code radshare bench-cine}: times a synthetic clip (a fixture frame repeated with a moving
 * caliper label and the patient's name on one frame) from frames to verdict and MP4, beside one raw
 * single-pass Tesseract read per frame. A benchmark: it prints figures and asserts nothing.
 */
@Command(
    name = "bench-cine",
    description = "Time a synthetic clip to verdict and MP4 beside single-pass OCR per frame.",
    mixinStandardHelpOptions = true)
final class BenchCineCommand implements Callable<Integer> {

  @Option(names = "--frames", description = "Frames in the clip (default: ${DEFAULT-VALUE}).")
  int frames = 100;

  @Option(
      names = "--fixture",
      paramLabel = "ID",
      description = "512×512 still to build from (default: ${DEFAULT-VALUE}).")
  String fixture = "ct-001";

  @Override
  public Integer call() throws Exception {
    Path images = Home.path("test-data", "fixtures", "images");
    Path still = images.resolve(fixture + ".png");
    if (!Files.isRegularFile(still) || frames < 2) {
      System.err.println("radshare: need test-data fixture " + still + " and --frames >= 2");
      return RadShareCommand.EXIT_BAD_INPUT;
    }
    JsonNode truth = new ObjectMapper().readTree(images.resolve(fixture + ".truth.json").toFile());
    String name = "Anonymous, Patient";
    for (JsonNode r : truth.get("regions")) {
      if ("PatientName".equals(r.path("category").asText())) {
        name = r.get("text").asText().replace("^", ", ");
        break;
      }
    }
    List<BufferedImage> clip = synthesise(ImageFiles.read(still), frames, name);
    ClipInput input =
        new ClipInput(
            FrameSet.atFps(clip, 10),
            Optional.of(HeaderFiles.read(images.resolve(fixture + ".header.json"))),
            "");
    var service = ClipCommands.service();
    TesseractOcr ocr = Pipeline.service().pixels().ocr();
    ocr.rawSinglePass(clip.get(0)); // load the engine; not timed
    Run cold = Run.time(service, input);
    // The viewer keeps one JVM for the day: the second clip runs on compiled, warmed code.
    Run warm = Run.time(service, input);
    int sampled = Math.min(frames, 10);
    long s0 = System.nanoTime();
    for (int i = 0; i < sampled; i++) {
      ocr.rawSinglePass(clip.get(i * frames / sampled));
    }
    double ocrPerFrame = (System.nanoTime() - s0) / 1e6 / sampled;
    var report = warm.checked().report();
    System.out.printf(Locale.ROOT, "Clip: %d frames %dx%d from %s%n", frames, 512, 512, fixture);
    System.out.printf(
        Locale.ROOT,
        "Verdict %s; %d regions; %d residual; %d frames scanned, %d re-scanned after redaction%n",
        report.verdict(),
        report.regions().size(),
        report.residual().size(),
        report.framesScanned(),
        report.framesVerified());
    cold.print("First clip (cold JVM)", frames);
    warm.print("Second clip (warm, as in the viewer)", frames);
    System.out.printf(
        Locale.ROOT,
        "Single-pass Tesseract: %.1f ms/frame (mean of %d) -> %.2f s for %d frames%n",
        ocrPerFrame,
        sampled,
        ocrPerFrame * frames / 1000,
        frames);
    System.out.println(
        "Load: "
            + Files.readString(Path.of("/proc/loadavg")).strip()
            + " on "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs");
    return RadShareCommand.EXIT_OK;
  }

  /** One timed pass from frames to verdict and MP4. */
  private record Run(CheckedClip checked, double check, double encode, int bytes) {
    static Run time(org.radshare.core.cine.ClipService service, ClipInput input) throws Exception {
      long t0 = System.nanoTime();
      CheckedClip checked = service.check(input);
      long t1 = System.nanoTime();
      FrameSet redacted = checked.redacted().orElseThrow();
      EncodedClip mp4 =
          ClipEncoder.encode(
              redacted.frames(), redacted.frameMillis(), VideoFormat.MP4, ClipLimits.NONE);
      long t2 = System.nanoTime();
      return new Run(checked, (t1 - t0) / 1e9, (t2 - t1) / 1e9, mp4.size());
    }

    void print(String label, int frames) {
      System.out.printf(
          Locale.ROOT,
          "%s: check (detect, mask, verify) %.2f s + MP4 encode %.2f s (%d bytes)"
              + " = %.2f s, %.1f ms/frame (target <= 10 s for 100)%n",
          label,
          check,
          encode,
          bytes,
          check + encode,
          (check + encode) * 1000 / frames);
    }
  }

  /** The still repeated, with a caliper label moving across it and the name on the middle frame. */
  static List<BufferedImage> synthesise(BufferedImage still, int count, String name) {
    List<BufferedImage> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BufferedImage f = ImageNormalizer.normalize(still);
      Graphics2D g = f.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.YELLOW);
        int x = 150 + (i * 200 / count);
        int y = 300 - (i * 80 / count);
        g.drawLine(x - 30, y + 10, x - 4, y + 4);
        g.drawString(String.format(Locale.ROOT, "%.1f cm", 1.5 + i * 0.05), x, y);
        if (i == count / 2) {
          g.setColor(Color.WHITE);
          g.drawString(name, 300, 470);
        }
      } finally {
        g.dispose();
      }
      out.add(f);
    }
    return out;
  }
}
