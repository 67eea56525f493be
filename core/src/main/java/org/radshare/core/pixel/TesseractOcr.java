/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.tesseract.ETEXT_DESC;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * The in-process Tesseract engine. Loading the English model costs far more than reading a frame,
 * so every thread keeps one warm {@link TessBaseAPI} (the API is not thread-safe) and reuses it for
 * every image; nothing is reloaded per call.
 *
 * <p>The model comes from the classpath ({@code tessdata/eng.traineddata}, shipped inside the
 * tess4j jar) and is handed to Tesseract from memory: nothing is unpacked to disk, so no temporary
 * folder is created or left behind, and a fresh machine needs no Tesseract install.
 */
public final class TesseractOcr {
  private static final String MODEL_RESOURCE = "tessdata/eng.traineddata";
  private static final String LANGUAGE = "eng";
  private static final int PAGE_DEADLINE_MS = 5000;
  private static final int LINE_DEADLINE_MS = 2000;

  /** How long the page thread waits for more work before it ends (and its engine with it). */
  private static final int PAGE_THREAD_IDLE_SECONDS = 30;

  /** A site's own model folder, or null for the bundled model. */
  private final Path tessdata;

  private final ThreadLocal<TessBaseAPI> engines = new ThreadLocal<>();

  // The whole-image pass of an image runs here, on the second core, while the caller reads the
  // image's text lines. One long-lived thread keeps one warm engine; it ends when idle.
  private final ThreadPoolExecutor pageThread = pageThread();

  private TesseractOcr(Path tessdata) {
    this.tessdata = tessdata;
  }

  /** The engine over the English model bundled on the classpath, loaded from memory. */
  public static TesseractOcr bundled() throws OcrUnavailableException {
    BundledModel.bytes();
    return started(new TesseractOcr(null));
  }

  /**
   * The engine over {@code tessdataDir/eng.traineddata}. Loads it on the calling thread right away
   * so a missing model or native library is reported here, not on the first image.
   */
  public static TesseractOcr load(Path tessdataDir) throws OcrUnavailableException {
    if (!Files.isRegularFile(tessdataDir.resolve(LANGUAGE + ".traineddata"))) {
      throw new OcrUnavailableException(
          "OCR model not found: no " + LANGUAGE + ".traineddata in " + tessdataDir);
    }
    return started(new TesseractOcr(tessdataDir));
  }

  /**
   * Loads the page thread's engine while this thread loads its own: every image needs both, and on
   * two cores the second load then costs no waiting. A failure there is reported by the first page
   * read; this thread's load reports its own failure right here.
   */
  private static TesseractOcr started(TesseractOcr ocr) throws OcrUnavailableException {
    ocr.pageThread.submit(
        () -> {
          ocr.engine();
          return null;
        });
    ocr.engine();
    return ocr;
  }

  /**
   * Reads the whole image once, as Tesseract would on its own: luminance only, no preprocessing,
   * sparse-text segmentation. The benchmark times this beside the full pipeline.
   */
  public List<OcrWord> rawSinglePass(BufferedImage image) throws OcrUnavailableException {
    BufferedImage rgb = ImageNormalizer.normalize(image);
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    byte[] grey = new byte[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      rgb.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int lum = (299 * ((p >> 16) & 255) + 587 * ((p >> 8) & 255) + 114 * (p & 255)) / 1000;
        grey[y * w + x] = (byte) lum;
      }
    }
    return readSparse(grey, w, h);
  }

  /**
   * Every word in an 8-bit grey page, found with sparse-text segmentation. Recognition stops at
   * {@link #PAGE_DEADLINE_MS}: a frame full of noise can keep Tesseract busy for minutes, and the
   * words read by then are still returned.
   */
  List<OcrWord> readSparse(byte[] grey, int width, int height) throws OcrUnavailableException {
    return read(grey, width, height, PSM_SPARSE_TEXT, PAGE_DEADLINE_MS);
  }

  /**
   * {@link #readSparse} on this engine's page thread, so the caller can do other OCR meanwhile;
   * {@link Pending#words} waits for the result.
   */
  Pending readSparseOnPageThread(byte[] grey, int width, int height) {
    return new Pending(pageThread.submit(() -> readSparse(grey, width, height)));
  }

  /** A read running on the page thread. */
  record Pending(Future<List<OcrWord>> future) {
    /** The words, once read; a failure of the read is thrown here, as if read on this thread. */
    List<OcrWord> words() throws OcrUnavailableException {
      try {
        return future.get();
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new OcrUnavailableException("OCR was interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof OcrUnavailableException o) {
          throw o;
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new OcrUnavailableException("OCR failed", cause);
      }
    }
  }

  private static ThreadPoolExecutor pageThread() {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            1,
            1,
            PAGE_THREAD_IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread t = new Thread(task, "radshare-ocr-page");
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** The words of a grey page holding a uniform block of text lines (stacked line crops). */
  List<OcrWord> readBlock(byte[] grey, int width, int height) throws OcrUnavailableException {
    return read(grey, width, height, PSM_SINGLE_BLOCK, PAGE_DEADLINE_MS);
  }

  /** The words of a grey crop that holds a single line of text. */
  List<OcrWord> readLine(byte[] grey, int width, int height) throws OcrUnavailableException {
    return read(grey, width, height, PSM_SINGLE_LINE, LINE_DEADLINE_MS);
  }

  private List<OcrWord> read(byte[] grey, int width, int height, int pageSegMode, int deadlineMs)
      throws OcrUnavailableException {
    if (width < 3 || height < 3) {
      return List.of();
    }
    TessBaseAPI api = engine();
    api.SetPageSegMode(pageSegMode);
    // SetImage copies the pixels into Tesseract's own buffer.
    api.SetImage(grey, width, height, 1, width);
    api.SetSourceResolution(300);
    try (ETEXT_DESC monitor = new ETEXT_DESC()) {
      monitor.set_deadline_msecs(deadlineMs);
      if (api.Recognize(monitor) != 0 && !monitor.deadline_exceeded()) {
        throw new OcrUnavailableException("Tesseract failed to recognise an image");
      }
      return words(api);
    } finally {
      api.Clear();
    }
  }

  private static List<OcrWord> words(TessBaseAPI api) {
    List<OcrWord> words = new ArrayList<>();
    try (ResultIterator it = api.GetIterator()) {
      if (it == null || it.isNull()) {
        return words;
      }
      int[] x1 = new int[1];
      int[] y1 = new int[1];
      int[] x2 = new int[1];
      int[] y2 = new int[1];
      do {
        BytePointer utf8 = it.GetUTF8Text(RIL_WORD);
        if (utf8 == null || utf8.isNull()) {
          continue;
        }
        String text = utf8.getString(java.nio.charset.StandardCharsets.UTF_8);
        utf8.deallocate();
        if (text.isBlank() || !it.BoundingBox(RIL_WORD, x1, y1, x2, y2)) {
          continue;
        }
        Box box = new Box(x1[0], y1[0], Math.max(0, x2[0] - x1[0]), Math.max(0, y2[0] - y1[0]));
        words.add(new OcrWord(box, text, it.Confidence(RIL_WORD)));
      } while (it.Next(RIL_WORD));
    }
    return words;
  }

  private TessBaseAPI engine() throws OcrUnavailableException {
    TessBaseAPI api = engines.get();
    if (api != null) {
      return api;
    }
    try {
      api = new TessBaseAPI();
      // Tesseract's own diagnostics would go to stderr; they carry no information we act on.
      api.SetVariable("debug_file", isWindows() ? "NUL" : "/dev/null");
      if (init(api) != 0) {
        api.close();
        throw new OcrUnavailableException(
            "Tesseract could not load its model from "
                + (tessdata == null ? MODEL_RESOURCE : tessdata));
      }
    } catch (LinkageError e) {
      throw nativesMissing(e);
    }
    engines.set(api);
    return api;
  }

  private int init(TessBaseAPI api) throws OcrUnavailableException {
    if (tessdata != null) {
      return api.Init(tessdata.toString(), LANGUAGE, OEM_LSTM_ONLY);
    }
    BytePointer model = BundledModel.bytes();
    // Tesseract's Init from memory (baseapi.h): with a non-zero size the bytes are the model.
    return api.Init(
        model,
        (int) model.limit(),
        new BytePointer(LANGUAGE),
        OEM_LSTM_ONLY,
        (PointerPointer<?>) null,
        0,
        null,
        null,
        false,
        null);
  }

  private static OcrUnavailableException nativesMissing(Throwable cause) {
    return new OcrUnavailableException(
        "Tesseract native libraries are not available for this platform ("
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ")",
        cause);
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("win");
  }

  /** The classpath model, read once per JVM into native memory that lives as long as the JVM. */
  private static final class BundledModel {
    private static BytePointer bytes;

    static synchronized BytePointer bytes() throws OcrUnavailableException {
      if (bytes != null) {
        return bytes;
      }
      try (InputStream in =
          TesseractOcr.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new OcrUnavailableException(
              "OCR model " + MODEL_RESOURCE + " is missing from the classpath");
        }
        byte[] model = in.readAllBytes();
        if (model.length == 0) {
          throw new OcrUnavailableException("OCR model " + MODEL_RESOURCE + " is empty");
        }
        BytePointer pointer = new BytePointer(model.length);
        pointer.put(model, 0, model.length);
        pointer.limit(model.length);
        bytes = pointer;
        return bytes;
      } catch (IOException e) {
        throw new OcrUnavailableException("Could not read the OCR model: " + e.getMessage(), e);
      } catch (LinkageError | RuntimeException e) {
        // JavaCPP reports missing natives as an error or, for native memory, as a runtime
        // exception ("No native JavaCPP library in memory"): either way this platform has none.
        throw nativesMissing(e);
      }
    }
  }
}
