/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;

/**
 * Runs the review's slow work off the event thread: one foreground task at a time (checks, upload)
 * with an indeterminate progress bar and a status line, plus a background "latest wins" task for
 * the redaction preview. Results and failures come back on the event thread; cancelling interrupts.
 * Starting a foreground task replaces the running one, which then ends without a word.
 */
final class ReviewTasks {

  private final JProgressBar progress;
  private final JLabel status;
  private SwingWorker<?, ?> foreground;
  private SwingWorker<?, ?> preview;

  ReviewTasks(JProgressBar progress, JLabel status, javax.swing.JButton cancel) {
    this.progress = progress;
    this.status = status;
    progress.setVisible(false);
    cancel.setName("radshare.review.cancel");
  }

  boolean busy() {
    return foreground != null && !foreground.isDone();
  }

  <T> void run(
      String what,
      Callable<T> work,
      Consumer<T> done,
      Consumer<Exception> failed,
      Runnable cancelled) {
    cancelForeground();
    progress.setIndeterminate(true);
    progress.setVisible(true);
    status.setText(what);
    // A task replaced by a newer one ends silently: the progress and status are the newer one's.
    List<SwingWorker<?, ?>> self = new ArrayList<>(1);
    SwingWorker<T, Void> task =
        worker(
            work,
            result -> {
              if (foreground == self.get(0)) {
                idle();
                done.accept(result);
              }
            },
            e -> {
              if (foreground == self.get(0)) {
                idle();
                failed.accept(e);
              }
            },
            () -> {
              if (foreground == self.get(0)) {
                idle();
                cancelled.run();
              }
            });
    self.add(task);
    foreground = task;
    task.execute();
  }

  <T> void preview(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
    if (preview != null) {
      preview.cancel(true);
    }
    preview = worker(work, done, failed, () -> {});
    preview.execute();
  }

  void cancel() {
    cancelForeground();
    if (preview != null) {
      preview.cancel(true);
    }
  }

  private void cancelForeground() {
    if (foreground != null && !foreground.isDone()) {
      foreground.cancel(true);
    }
  }

  private void idle() {
    progress.setIndeterminate(false);
    progress.setVisible(false);
    status.setText(" ");
  }

  private static <T> SwingWorker<T, Void> worker(
      Callable<T> work, Consumer<T> done, Consumer<Exception> failed, Runnable cancelled) {
    return new SwingWorker<>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        if (isCancelled()) {
          cancelled.run();
          return;
        }
        try {
          done.accept(get());
        } catch (CancellationException e) {
          cancelled.run();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          failed.accept(
              e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e));
        }
      }
    };
  }
}
