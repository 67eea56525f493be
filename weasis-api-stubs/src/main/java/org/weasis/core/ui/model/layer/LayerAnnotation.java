/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.ui.model.layer;

import org.weasis.core.api.media.data.ImageElement;

/** Stub of Weasis's LayerAnnotation: the information layer (corner text, scale, orientation). */
public interface LayerAnnotation<E extends ImageElement> extends Layer {}
