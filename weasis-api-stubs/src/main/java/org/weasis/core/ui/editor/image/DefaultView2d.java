/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.editor.image;

import javax.swing.JComponent;
import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's DefaultView2d (type only). */
public abstract class DefaultView2d<E extends ImageElement> extends JComponent
    implements ViewCanvas<E> {}
