/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.review.ShareDraft;

/**
 * What the clip review window needs from RadShare core, like {@link ReviewBackend} for stills: the
 * plugin registers an adapter over core's {@code ClipService} and publisher as an OSGi service of
 * this type, tests use a fake. Without one, Share clip fails closed.
 *
 * <p>Every method may be slow and is called off the event dispatch thread; each should respond to
 * thread interruption, which is how the window cancels.
 */
public interface ClipBackend {

  /**
   * Checks every frame of {@code frames} (burned-in text on a composite and on every frame that
   * differs) and the header, and applies the detected mask to every frame.
   *
   * @param dicomJson the series' header as DICOM JSON (PS3.18 F.2)
   */
  CheckedClip check(FrameSet frames, String dicomJson) throws Exception;

  /**
   * Fills {@code mask} (the detected mask with the radiologist's boxes added) on the frames and
   * verifies the result again; {@code detected} is {@link #check}'s result for the same frames.
   */
  CheckedClip recheck(FrameSet frames, String dicomJson, CheckedClip detected, ClipMask mask)
      throws Exception;

  /** The PHI findings of {@code caption} for the patient described by {@code dicomJson}. */
  List<CaptionFinding> scanCaption(String dicomJson, String caption) throws Exception;

  /** What the department's policy asks of a justification (see {@link ReviewBackend}). */
  default JustificationRules justificationRules() throws Exception {
    return JustificationRules.NONE;
  }

  /** The platforms the department allows, with sign-ins (see {@link ReviewBackend#platforms}). */
  default PlatformAccess platforms() {
    return PlatformAccess.EVERY;
  }

  /**
   * Posts the clip with the draft's text to the draft's platforms, writing the audit records. The
   * frames are masked and checked again before anything is sent, and the clip is refused if text
   * the checks cannot clear is still readable on any frame.
   *
   * @return the address of each post and what was changed to fit the platforms
   */
  ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification) throws Exception;
}
