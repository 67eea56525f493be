package org.radshare.plugin.review;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
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
import org.radshare.plugin.Messages;

/**
 * The review dialog's backend inside Weasis: core's {@link ShareService} (OCR engine loaded on
 * first use, then kept warm). Posting is not wired to the platform connectors yet and fails with a
 * clear message, so nothing can leave through this backend until it is.
 */
@Component(service = ReviewBackend.class)
public final class CoreReviewBackend implements ReviewBackend {

  private final ShareService service;
  private String lexiconHeader;
  private PhiLexicon lexicon;

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
  public List<String> post(BufferedImage image, ShareDraft draft) {
    throw new UnsupportedOperationException(Messages.getString("review.noConnector"));
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
