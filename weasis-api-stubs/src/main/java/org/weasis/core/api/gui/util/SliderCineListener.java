/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.gui.util;

/**
 * Stub of Weasis's series slider and cine action ("sequence"): 1-based position in the sorted,
 * filtered series; setting it shows that frame synchronously.
 */
public abstract class SliderCineListener extends SliderChangeListener {

  public void setSliderValue(int value) {
    throw new UnsupportedOperationException("stub");
  }

  public int getSliderValue() {
    throw new UnsupportedOperationException("stub");
  }

  public int getSliderMax() {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isActionEnabled() {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isCining() {
    throw new UnsupportedOperationException("stub");
  }

  public void stop() {
    throw new UnsupportedOperationException("stub");
  }

  public void start() {
    throw new UnsupportedOperationException("stub");
  }

  public double getSpeed() {
    throw new UnsupportedOperationException("stub");
  }

  public void setSpeed(double speed) {
    throw new UnsupportedOperationException("stub");
  }
}
