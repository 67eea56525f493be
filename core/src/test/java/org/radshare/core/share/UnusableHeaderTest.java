/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.DicomJsonReader;
import org.radshare.core.phi.UsableHeader;
import org.radshare.core.policy.Reason;
import org.radshare.core.policy.Verdict;

/**
 * A header that yields no usable patient name is no better than no header: the caption "Jane Doe"
 * gets the same REVIEW, with a reason saying what is wrong with the header (issue 10, Headers).
 */
class UnusableHeaderTest {

  private static final ShareService SERVICE = ShareService.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|The DICOM header is empty",
        "{\"00080060\": {\"vr\": \"CS\", \"Value\": [\"CT\"]}}|has no PatientName",
        "{\"00100010\": {\"vr\": \"PN\"}}|has no value",
        "{\"00100010\": {\"vr\": \"PN\", \"Value\": []}}|has no value",
        "{\"00100010\": {\"vr\": \"PN\", \"Value\": [null]}}|has no value",
        "{\"00100010\": {\"vr\": \"PN\", \"Value\": [{}]}}|has no value",
        "{\"00100010\": {\"vr\": \"PN\", \"Value\": [{\"Alphabetic\": \"^\"}]}}|has no value",
        "{\"00100010\": {\"vr\": \"PN\", \"InlineBinary\": \"RE9FXkpBTkU=\"}}|binary",
        "{\"00100010\": {\"vr\": \"PN\", \"BulkDataURI\": \"http://localhost/1\"}}|binary",
        "{\"00100010\": {\"vr\": \"OB\", \"InlineBinary\": \"RE9FXkpBTkU=\"}}|binary",
        "{\"00100010\": {\"vr\": \"US\", \"Value\": [7]}}|VR US",
        "{\"00100010\": {\"vr\": \"SQ\", \"Value\": [{}]}}|VR SQ"
      })
  void anUnusableHeaderGivesTheMissingHeadersReviewWithTheReason(String json, String why)
      throws Exception {
    Dataset header = DicomJsonReader.read(json);
    assertThat(UsableHeader.problem(header)).hasValueSatisfying(p -> assertThat(p).contains(why));

    CheckedShare checked =
        SERVICE.check(
            new ShareInput(MultiImagePublishTest.scan(120), Optional.of(header), "Jane Doe"));

    assertThat(checked.report().verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(checked.report().reasons())
        .extracting(Reason::message)
        .anySatisfy(m -> assertThat(m).contains(why).contains("caught only as unknown text"));
  }

  @Test
  void aHeaderWithANameIsUsableAndTheNameInTheCaptionBlocks() throws Exception {
    Dataset header =
        DicomJsonReader.read(
            "{\"00100010\": {\"vr\": \"PN\", \"Value\": [{\"Alphabetic\": \"DOE^JANE\"}]}}");
    assertThat(UsableHeader.problem(header)).isEmpty();
    CheckedShare checked =
        SERVICE.check(
            new ShareInput(MultiImagePublishTest.scan(120), Optional.of(header), "Jane Doe"));
    assertThat(checked.report().verdict()).isEqualTo(Verdict.BLOCK);
  }
}
