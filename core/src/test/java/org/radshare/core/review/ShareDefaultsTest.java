/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareDefaultsTest {

  @Test
  void userValuesWinExceptThePolicyWhichOnlyTheDepartmentSets() {
    Map<String, String> department =
        Map.of(
            ShareDefaults.HASHTAGS, "#radiology",
            ShareDefaults.CONTENT_WARNING, "Medical image",
            ShareDefaults.POLICY, "https://intranet.example/policy.json");
    Map<String, String> user =
        Map.of(ShareDefaults.HASHTAGS, "FOAMrad #MedEd", ShareDefaults.POLICY, "/tmp/mine.json");

    ShareDefaults d = ShareDefaults.resolve(department::get, user::get);

    assertThat(d.hashtags()).containsExactly("FOAMrad", "MedEd");
    assertThat(d.contentWarning()).isEqualTo("Medical image");
    assertThat(d.keepDrawings()).isFalse();
    assertThat(d.policyLocation()).isEqualTo("https://intranet.example/policy.json");
  }

  @Test
  void nothingSetMeansEmptyDefaults() {
    ShareDefaults d = ShareDefaults.resolve(k -> null, k -> null);
    assertThat(d.hashtags()).isEmpty();
    assertThat(d.contentWarning()).isEmpty();
    assertThat(d.policyLocation()).isEmpty();
  }
}
