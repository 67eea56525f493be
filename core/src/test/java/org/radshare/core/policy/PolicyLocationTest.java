/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the policy comes from: never a silent default, never plain http. */
class PolicyLocationTest {

  @TempDir Path cache;

  @Test
  void anUnsetLocationDisablesSharing() {
    for (String unset : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> PolicyLocation.localFile(unset, cache))
          .isInstanceOf(PolicyException.class)
          .hasMessageContaining("sharing is disabled")
          .hasMessageContaining("radshare.policy.location");
    }
  }

  @Test
  void filePathsAndFileUrisAreUsedAsTheyAre() throws Exception {
    Path file = cache.resolve("dept policy.json");
    assertThat(PolicyLocation.localFile(file.toString(), cache)).isEqualTo(file);
    assertThat(PolicyLocation.localFile(file.toUri().toString(), cache)).isEqualTo(file);
  }

  @Test
  void plainHttpAndOtherSchemesAreRefused() {
    assertThatThrownBy(() -> PolicyLocation.localFile("http://pacs.example/policy.json", cache))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> PolicyLocation.localFile("ftp://pacs.example/policy.json", cache))
        .isInstanceOf(PolicyException.class);
  }

  @Test
  void anUnreachableHttpsPolicyIsAnErrorNotADefault() {
    // Port 9 on loopback (discard) is closed on test machines: the connection is refused at once.
    assertThatThrownBy(() -> PolicyLocation.localFile("https://127.0.0.1:9/policy.json", cache))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("cannot be downloaded");
  }
}
