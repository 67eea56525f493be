/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import java.util.concurrent.CompletableFuture;
import org.radshare.core.share.ShareService;

/**
 * One warm pipeline per process: the OCR engine loads once, not per command or image. A scan or
 * redact starts loading it on a second thread right away ({@link #warmUp}), so the native libraries
 * and the model load while the image and header are read; {@link #settle} waits for that load
 * before the command returns, so the process never exits while native code is still starting up.
 */
final class Pipeline {

  private static ShareService service;
  private static CompletableFuture<Void> warming;

  private Pipeline() {}

  static synchronized ShareService service() {
    if (service == null) {
      service = ShareService.create();
    }
    return service;
  }

  /** Starts loading the engine on a daemon thread (once). A failure is reported on first use. */
  static synchronized void warmUp() {
    if (warming == null) {
      warming =
          CompletableFuture.runAsync(
              () -> {
                try {
                  service().pixels().ocr();
                } catch (Exception | LinkageError e) {
                  // Reported where the engine is used: the check then fails closed.
                }
              },
              task -> {
                Thread t = new Thread(task, "radshare-ocr-load");
                t.setDaemon(true);
                t.start();
              });
    }
  }

  /** Waits until a load started by {@link #warmUp} has finished, whatever its outcome. */
  static void settle() {
    CompletableFuture<Void> w;
    synchronized (Pipeline.class) {
      w = warming;
    }
    if (w != null) {
      w.exceptionally(e -> null).join();
    }
  }
}
