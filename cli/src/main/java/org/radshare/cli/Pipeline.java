/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.cli;

import org.radshare.core.share.ShareService;

/** One warm pipeline per process: the OCR engine loads once, not per command or image. */
final class Pipeline {

  private static ShareService service;

  private Pipeline() {}

  static synchronized ShareService service() {
    if (service == null) {
      service = ShareService.create();
    }
    return service;
  }
}
