/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.pixel;

import java.util.Optional;
import org.radshare.core.share.InputKinds;
import org.radshare.core.share.ShareInput;
import org.radshare.core.share.ShareService;

/** Run by {@link NoTempFilesTest} in its own JVM: two scans, as two command-line calls would. */
public final class ScanTwiceChild {
  private ScanTwiceChild() {}

  public static void main(String[] args) {
    ShareService service = ShareService.create();
    for (int i = 0; i < 2; i++) {
      var checked = service.check(new ShareInput(InputKinds.greyScene(true), Optional.empty(), ""));
      System.out.println(checked.report().verdict());
    }
  }
}
