/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.capture;

import java.util.Objects;
import java.util.Optional;
import org.weasis.core.api.gui.util.ComboItemListener;
import org.weasis.core.api.gui.util.SliderChangeListener;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * The window/level preset and the window and level values of the selected view, read before a clip
 * capture scrolls the series: scrolling can change them (a preset per image), and the radiologist
 * gets back exactly the look they had. Each is put back only when it differs, preset first since
 * choosing a preset sets the window and level.
 *
 * @param preset the preset action and its item, when there is one
 * @param window the window slider and its value, when there is one
 * @param level the level slider and its value, when there is one
 */
public record ViewerLook(Optional<Chosen> preset, Optional<Value> window, Optional<Value> level) {

  /** A list action and the item it showed. */
  public record Chosen(ComboItemListener<?> action, Object item) {}

  /** A slider action and the value it showed. */
  public record Value(SliderChangeListener action, double value) {}

  /** The selected view's look now. Runs on the event dispatch thread. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static ViewerLook now() {
    EventManager events = EventManager.getInstance();
    Optional<ComboItemListener> preset =
        events.getActionFromActionKey("preset", ComboItemListener.class);
    return new ViewerLook(
        preset.map(p -> new Chosen(p, p.getSelectedItem())),
        slider(events, "window"),
        slider(events, "level"));
  }

  private static Optional<Value> slider(EventManager events, String key) {
    return events
        .getActionFromActionKey(key, SliderChangeListener.class)
        .map(s -> new Value(s, s.getRealValue()));
  }

  /** Puts back what differs; every part is tried even when another fails. */
  public void restore() {
    PutBack.each(
        () ->
            preset.ifPresent(
                p -> {
                  if (!Objects.equals(p.action().getSelectedItem(), p.item())) {
                    p.action().setSelectedItem(p.item());
                  }
                }),
        () -> window.ifPresent(ViewerLook::put),
        () -> level.ifPresent(ViewerLook::put));
  }

  private static void put(Value v) {
    if (Double.compare(v.action().getRealValue(), v.value()) != 0) {
      v.action().setRealValue(v.value());
    }
  }
}
