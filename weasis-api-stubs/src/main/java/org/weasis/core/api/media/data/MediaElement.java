/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.weasis.core.api.media.data;

/** Stub of Weasis's MediaElement (type only): one image or frame of a series. */
public class MediaElement {}
