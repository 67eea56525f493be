/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

/** Stub of Weasis's slider actions (window, level, ...): the value shown in real units. */
public abstract class SliderChangeListener {

  public double getRealValue() {
    throw new UnsupportedOperationException("stub");
  }

  public void setRealValue(double value) {
    throw new UnsupportedOperationException("stub");
  }
}
