package org.radshare.plugin.review;

import java.util.function.Supplier;
import org.radshare.core.pixel.PixelScanner;
import org.radshare.core.review.ShareDraft;
import org.radshare.plugin.post.Department;

/**
 * Posts an approved clip through core's publisher. Core's clip publishing is not in this build yet:
 * until it is, nothing is posted and the radiologist is told so (fail closed).
 */
final class ClipPosting {

  private final PixelScanner pixels;
  private final Supplier<Department> department;

  ClipPosting(PixelScanner pixels, Supplier<Department> department) {
    this.pixels = pixels;
    this.department = department;
  }

  Department department() {
    return department.get();
  }

  ClipPosted post(ClipShare clip, ShareDraft draft, Justification justification) throws Exception {
    throw new UnsupportedOperationException(
        "This RadShare build cannot post clips yet; nothing was posted.");
  }
}
