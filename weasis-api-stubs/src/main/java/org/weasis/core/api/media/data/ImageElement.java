package org.weasis.core.api.media.data;

/** Stub of Weasis's ImageElement (type only). */
public class ImageElement extends MediaElement {}
