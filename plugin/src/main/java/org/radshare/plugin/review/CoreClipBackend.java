/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.radshare.core.audit.Actor;
import org.radshare.core.caption.CaptionFinding;
import org.radshare.core.caption.CaptionScanner;
import org.radshare.core.cine.CheckedClip;
import org.radshare.core.cine.ClipInput;
import org.radshare.core.cine.ClipMask;
import org.radshare.core.cine.ClipService;
import org.radshare.core.cine.FrameSet;
import org.radshare.core.dicom.DicomJsonException;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.phi.PhiLexicon;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.review.ShareDraft;
import org.radshare.plugin.post.Department;
import org.radshare.plugin.post.ReviewedClipPosting;
import org.radshare.plugin.prefs.SystemBrowser;
import org.radshare.plugin.settings.PluginSettings;

/**
 * The clip review window's backend inside Weasis: core's {@link ClipService} for the checks (the
 * OCR engine is loaded on first use, then kept warm), and {@link ReviewedClipPosting} over core's
 * publisher for posting, configured by the department policy IT set in the plugin's settings.
 */
@Component(service = ClipBackend.class)
public final class CoreClipBackend implements ClipBackend {

  private final PixelScanner pixels;
  private final ClipService clips;
  private final Supplier<Department> department;
  private String lexiconHeader;
  private PhiLexicon lexicon;

  @Reference private PluginSettings settings;

  public CoreClipBackend() {
    this.pixels = new PixelScanner();
    this.clips = new ClipService(pixels);
    this.department = this::settingsDepartment;
  }

  /** A backend over {@code pixels} posting for {@code department} (tests, other front ends). */
  public CoreClipBackend(PixelScanner pixels, Supplier<Department> department) {
    this.pixels = pixels;
    this.clips = new ClipService(pixels);
    this.department = department;
  }

  @Override
  public CheckedClip check(FrameSet frames, String dicomJson) throws DicomJsonException {
    return clips.check(input(frames, dicomJson));
  }

  @Override
  public CheckedClip recheck(FrameSet frames, String dicomJson, CheckedClip detected, ClipMask mask)
      throws DicomJsonException {
    return clips.recheck(input(frames, dicomJson), detected, mask);
  }

  @Override
  public List<CaptionFinding> scanCaption(String dicomJson, String caption)
      throws DicomJsonException {
    return CaptionScanner.scan(caption, lexiconFor(dicomJson));
  }

  @Override
  public PlatformAccess platforms() {
    return new CorePlatformAccess(department, new SystemBrowser());
  }

  @Override
  public JustificationRules justificationRules() throws Exception {
    return JustificationRules.of(department.get().policy());
  }

  @Override
  public ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification)
      throws Exception {
    return new ReviewedClipPosting(pixels, department.get(), Actor.currentOsUser())
        .post(clip, draft, justification);
  }

  private Department settingsDepartment() {
    PluginSettings s = settings;
    if (s == null) {
      throw new IllegalStateException("RadShare's settings are not available; nothing was posted.");
    }
    return Department.of(s);
  }

  private static ClipInput input(FrameSet frames, String dicomJson) throws DicomJsonException {
    return new ClipInput(frames, Optional.of(DicomJsonReader.read(dicomJson)), "");
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
