/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.review.ShareDraft;

/** A clip backend (core's, in the scenario) whose every post is recorded as it completes. */
final class RecordingClipBackend implements ClipBackend {

  /** What was posted. */
  record Posted(ClipShare clip, ShareDraft draft, Justification justification, ClipPosted done) {}

  /** Posts a clip (the part of the backend a scenario may replace). */
  interface Poster {
    ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification) throws Exception;
  }

  static final JustificationRules RULES = new JustificationRules(true, 12, false, 0);

  final CompletableFuture<Posted> posted = new CompletableFuture<>();
  private final ClipBackend checks;

  RecordingClipBackend(ClipBackend checks) {
    this.checks = checks;
  }

  @Override
  public CheckedClip check(FrameSet frames, String dicomJson) throws Exception {
    return checks.check(frames, dicomJson);
  }

  @Override
  public CheckedClip recheck(FrameSet frames, String dicomJson, CheckedClip detected, ClipMask mask)
      throws Exception {
    return checks.recheck(frames, dicomJson, detected, mask);
  }

  @Override
  public List<CaptionFinding> scanCaption(String dicomJson, String caption) throws Exception {
    return checks.scanCaption(dicomJson, caption);
  }

  @Override
  public JustificationRules justificationRules() throws Exception {
    return checks.justificationRules();
  }

  @Override
  public ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification)
      throws Exception {
    try {
      ClipPosted done = checks.post(clip, draft, justification);
      posted.complete(new Posted(clip, draft, justification, done));
      return done;
    } catch (Exception e) {
      posted.completeExceptionally(e);
      throw e;
    }
  }
}
