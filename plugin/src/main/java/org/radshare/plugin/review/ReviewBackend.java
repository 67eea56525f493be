/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import java.util.List;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.pixel.Box;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.plugin.post.ImageToPost;

/**
 * What the review dialog needs from RadShare core, as one small interface: the plugin registers an
 * adapter over core's share service as an OSGi service of this type, and tests use a fake. When no
 * backend is registered, Share fails closed (nothing can be posted).
 *
 * <p>Every method may be slow (OCR, network) and is called off the event dispatch thread; each
 * should respond to thread interruption, which is how the dialog cancels.
 */
public interface ReviewBackend {

  /**
   * Detects and classifies every piece of text in {@code image}, checks {@code caption}, and rates
   * the share.
   *
   * @param dicomJson the displayed image's header as DICOM JSON (PS3.18 F.2)
   */
  ScanReport scan(BufferedImage image, String dicomJson, String caption) throws Exception;

  /** The PHI findings of {@code caption} for the patient described by {@code dicomJson}. */
  List<CaptionFinding> scanCaption(String dicomJson, String caption) throws Exception;

  /** A copy of {@code image} with every box filled solid. */
  BufferedImage redact(BufferedImage image, List<Box> boxes) throws Exception;

  /**
   * Posts {@code image} (already redacted and cropped: exactly what the dialog previewed) with the
   * draft's text to the draft's platforms, writing the audit records. The image is checked again as
   * it is before anything is sent, and refused if text the checks cannot clear is still readable.
   *
   * @param dicomJson the displayed image's header, as given to {@link #scan}
   * @return the public address of each post, in platform order
   */
  List<String> post(BufferedImage image, String dicomJson, ShareDraft draft) throws Exception;

  /**
   * Posts like {@link #post(BufferedImage, String, ShareDraft)}, with the radiologist's
   * justification for a confirmed REVIEW or an overridden BLOCK (the department's policy decides
   * whether it suffices). A backend without a policy ignores it.
   */
  default List<String> post(
      BufferedImage image, String dicomJson, ShareDraft draft, Justification justification)
      throws Exception {
    if (justification.overridesBlock()) {
      throw new IllegalStateException("This backend cannot override a block; nothing was posted.");
    }
    return post(image, dicomJson, draft);
  }

  /**
   * What the department's policy asks of a justification, shown live in the review window. The
   * default knows no policy: REVIEW may be confirmed without one, BLOCK is never overridden.
   */
  default JustificationRules justificationRules() throws Exception {
    return JustificationRules.NONE;
  }

  /**
   * The platforms the department allows, with the radiologist's sign-ins. The default knows no
   * department and offers every platform (the department's gate still decides when posting).
   */
  default PlatformAccess platforms() {
    return PlatformAccess.EVERY;
  }

  /**
   * Posts one to four images in one post, each with its own header and alt text, with the draft's
   * text to the draft's platforms. A backend that cannot carry several images refuses (nothing is
   * sent) instead of posting them one by one.
   *
   * @return the public address of each post, in platform order
   */
  default List<String> post(List<ImageToPost> images, ShareDraft draft) throws Exception {
    if (images.size() != 1) {
      throw new UnsupportedOperationException(
          "This RadShare installation posts one image at a time; nothing was posted.");
    }
    ImageToPost only = images.get(0);
    return post(
        only.image(),
        only.dicomJson(),
        new ShareDraft(
            draft.text(),
            draft.caption(),
            draft.hashtags(),
            only.altText(),
            draft.contentWarning(),
            draft.platforms(),
            draft.reviewConfirmed()));
  }

  /**
   * Posts several images like {@link #post(List, ShareDraft)}, with the radiologist's justification
   * for a confirmed REVIEW or an overridden BLOCK. A backend without a policy ignores it.
   */
  default List<String> post(List<ImageToPost> images, ShareDraft draft, Justification justification)
      throws Exception {
    if (images.size() == 1) {
      ImageToPost only = images.get(0);
      return post(
          only.image(),
          only.dicomJson(),
          new ShareDraft(
              draft.text(),
              draft.caption(),
              draft.hashtags(),
              only.altText(),
              draft.contentWarning(),
              draft.platforms(),
              draft.reviewConfirmed()),
          justification);
    }
    if (justification.overridesBlock()) {
      throw new IllegalStateException("This backend cannot override a block; nothing was posted.");
    }
    return post(images, draft);
  }
}
