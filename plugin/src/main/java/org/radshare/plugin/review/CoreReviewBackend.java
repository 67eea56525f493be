/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.radshare.core.audit.Actor;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.pixel.Box;
import org.radshare.core.review.ShareDraft;
import org.radshare.core.share.ScanReport;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;
import org.radshare.plugin.post.Department;
import org.radshare.plugin.post.ImageToPost;
import org.radshare.plugin.post.ReviewedPosting;
import org.radshare.plugin.prefs.SystemBrowser;
import org.radshare.plugin.settings.PluginSettings;

/**
 * The review dialog's backend inside Weasis: core's {@link ShareService} (OCR engine loaded on
 * first use, then kept warm) for the checks, and {@link ReviewedPosting} over core's publisher for
 * posting, configured by the department policy IT set in the plugin's settings.
 */
@Component(service = ReviewBackend.class)
public final class CoreReviewBackend implements ReviewBackend {

  private final ShareService service;
  private String lexiconHeader;
  private PhiLexicon lexicon;

  @Reference private PluginSettings settings;

  public CoreReviewBackend() {
    this(ShareService.create());
  }

  CoreReviewBackend(ShareService service) {
    this.service = service;
  }

  @Override
  public ScanReport scan(BufferedImage image, String dicomJson, String caption)
      throws DicomJsonException {
    return service
        .check(new ShareInput(image, Optional.of(DicomJsonReader.read(dicomJson)), caption))
        .report();
  }

  @Override
  public List<CaptionFinding> scanCaption(String dicomJson, String caption)
      throws DicomJsonException {
    return CaptionScanner.scan(caption, lexiconFor(dicomJson));
  }

  @Override
  public BufferedImage redact(BufferedImage image, List<Box> boxes) {
    return service.pixels().redactBoxes(image, boxes).image();
  }

  @Override
  public List<String> post(BufferedImage image, String dicomJson, ShareDraft draft)
      throws Exception {
    return posting().post(image, dicomJson, draft);
  }

  @Override
  public List<String> post(
      BufferedImage image, String dicomJson, ShareDraft draft, Justification justification)
      throws Exception {
    return posting().post(image, dicomJson, draft, justification);
  }

  @Override
  public List<String> post(List<ImageToPost> images, ShareDraft draft) throws Exception {
    return posting().post(images, draft);
  }

  @Override
  public List<String> post(List<ImageToPost> images, ShareDraft draft, Justification justification)
      throws Exception {
    return posting().post(images, draft, justification);
  }

  @Override
  public JustificationRules justificationRules() throws Exception {
    return JustificationRules.of(department().policy());
  }

  @Override
  public PlatformAccess platforms() {
    return new CorePlatformAccess(this::department, new SystemBrowser());
  }

  private ReviewedPosting posting() {
    return new ReviewedPosting(service, department(), Actor.currentOsUser());
  }

  private Department department() {
    PluginSettings s = settings;
    if (s == null) {
      throw new IllegalStateException("RadShare's settings are not available; nothing was posted.");
    }
    return Department.of(s);
  }

  /** The caption is re-checked on every pause in typing: build the header's lexicon once. */
  private synchronized PhiLexicon lexiconFor(String dicomJson) throws DicomJsonException {
    if (lexicon == null || !dicomJson.equals(lexiconHeader)) {
      lexicon = PhiLexicon.from(DicomJsonReader.read(dicomJson));
      lexiconHeader = dicomJson;
    }
    return lexicon;
  }
}
