/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radshare.core.connect.PostDraft;
import org.radshare.core.connect.TestImages;

class LinkedInRequestsTest {

  @Test
  void escapesReservedCharactersButKeepsHashtags() {
    assertThat(LinkedInRequests.littleText("Sign (classic) #Radiology_1 a*b"))
        .isEqualTo("Sign \\(classic\\) #Radiology\\_1 a\\*b");
  }

  @Test
  void oneImageIsMediaSeveralAreMultiImage() {
    var img = TestImages.png(8, 8, "alt");
    PostDraft d = PostDraft.of("x", List.of(img));
    assertThat(
            LinkedInRequests.post("urn:li:person:1", d, List.of(img), List.of("urn:li:image:1"))
                .at("/content/media/altText")
                .asText())
        .isEqualTo("alt");
    assertThat(
            LinkedInRequests.post("urn:li:person:1", d, List.of(img, img), List.of("a", "b"))
                .at("/content/multiImage/images/1/id")
                .asText())
        .isEqualTo("b");
  }
}
