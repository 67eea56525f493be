/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin;

import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Runs test code on the Swing event thread and hands back its result or its exception. */
public final class Edt {

  private Edt() {}

  /** Work to run on the event thread. */
  public interface Call<T> {
    T call() throws Exception;
  }

  public static <T> T call(Call<T> call) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> error = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            result.set(call.call());
          } catch (Exception e) {
            error.set(e);
          }
        });
    if (error.get() != null) {
      throw error.get();
    }
    return result.get();
  }
}
