/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.awt.Color;
import java.util.Set;
import org.radshare.testdata.header.Modality;
import org.radshare.testdata.render.Ink;

/**
 * The recipe for one CT or MR still: anatomy, ink, how the name is written and which hard cases it
 * exercises.
 */
record SliceCase(
    String id,
    String description,
    Modality modality,
    Anatomy.Region region,
    boolean t2,
    Ink ink,
    NameForm nameForm,
    int dateForm,
    Set<Hard> hard) {

  /** Hard cases a detector must still handle. */
  enum Hard {
    TINY,
    LOW_CONTRAST,
    NAME_OVER_BODY,
    SPLIT_NAME,
    ID_SEPARATORS,
    INVERTED,
    AGE_OVER_89,
    VERTICAL_LABEL,
    LABEL_BOX,
    CJK,
    NO_ANTIALIAS
  }

  static final Color WHITE = new Color(255, 255, 255);
  static final Color YELLOW = new Color(255, 232, 64);
  static final Color GREEN = new Color(96, 255, 112);
  static final Color CYAN = new Color(80, 228, 255);
  static final Color LOW_GREY = new Color(58, 58, 58);
  static final Color BLACK = new Color(12, 12, 12);
}
