package org.weasis.core.ui.editor.image;

import javax.swing.JPanel;
import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's ImageViewerPlugin (type only): a viewer tab holding a layout of views. */
public abstract class ImageViewerPlugin<E extends ImageElement> extends JPanel {}
