/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.toolbar;

import java.util.Hashtable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.radshare.plugin.capture.SelectedView;
import org.radshare.plugin.natives.OcrNatives;
import org.radshare.plugin.review.ClipBackend;
import org.radshare.plugin.review.ReviewBackend;
import org.radshare.plugin.settings.PluginSettings;
import org.weasis.core.api.gui.Insertable;
import org.weasis.core.api.gui.InsertableFactory;

/**
 * Contributes the Share tool bar to the DICOM 2D viewer. The String property is how the viewer
 * picks its tool bars ({@code Boolean.parseBoolean((String) ...)}, so it must not be typed
 * Boolean). One bar serves every viewer tab; the view is resolved when Share is used.
 */
@Component(
    service = InsertableFactory.class,
    property = {"org.weasis.dicom.viewer2d.View2dContainer=true"})
public final class ShareToolBarFactory implements InsertableFactory {

  /** Core's checks; absent until the adapter is registered, and then Share fails closed. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile ReviewBackend backend;

  /**
   * Core's clip checks; absent until the adapter is registered, and then Share clip fails closed.
   */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile ClipBackend clipBackend;

  @Reference private PluginSettings settings;

  private final ShareFlow flow = new ShareFlow(() -> backend, () -> settings);
  private final ClipFlow clipFlow = new ClipFlow(() -> clipBackend, () -> settings);

  @Override
  public Insertable createInstance(Hashtable<String, Object> properties) {
    ShareToolBar bar =
        new ShareToolBar(
            new ShareAction<>(SelectedView::current, flow::share, ToolbarIcons.share()),
            new ShareAction<>(
                "toolbar.shareClip",
                ShareAction.CLIP_SHORTCUT,
                SelectedView::current,
                clipFlow::share,
                ToolbarIcons.shareClip()));
    bar.addShareCommand(LayoutShareCommand.create(flow), "radshare.shareLayout.button");
    OcrNatives.unavailableReason(OcrNatives.currentSpec(), getClass().getClassLoader())
        .ifPresent(bar::makeUnavailable);
    return bar;
  }

  @Override
  public void dispose(Insertable component) {
    // Open review windows are closed on deactivation; the bar lets go of Weasis's shortcuts.
    if (component instanceof ShareToolBar bar) {
      bar.releaseShortcuts();
    }
  }

  @Override
  public boolean isComponentCreatedByThisFactory(Insertable component) {
    return component instanceof ShareToolBar;
  }

  @Override
  public Insertable.Type getType() {
    return Insertable.Type.TOOLBAR;
  }

  @Deactivate
  void deactivate() {
    flow.closeAll();
    clipFlow.closeAll();
  }
}
