/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.bluesky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.twitter.twittertext.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.radshare.core.connect.compose.TextCounter;

/**
 * Bluesky's rich-text facets: nothing is auto-linked, so the client marks every link and hashtag
 * with its UTF-8 byte range (start inclusive, end exclusive, no overlaps). Entity detection uses
 * twitter-text's extractor; positions are converted from UTF-16 indices to UTF-8 bytes.
 */
public final class BlueskyFacets {

  private static final int MAX_TAG_GRAPHEMES = 64;

  private BlueskyFacets() {}

  /** One facet: a byte range and what it is. */
  public record Facet(int byteStart, int byteEnd, String type, String value) {}

  /** Finds links and hashtags in {@code text}, in order of position. */
  public static List<Facet> find(String text) {
    Extractor extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    List<Facet> facets = new ArrayList<>();
    for (Extractor.Entity url : extractor.extractURLsWithIndices(text)) {
      facets.add(facet(text, url.getStart(), url.getEnd(), "link", url.getValue()));
    }
    for (Extractor.Entity tag : extractor.extractHashtagsWithIndices(text)) {
      if (TextCounter.graphemes(tag.getValue()) <= MAX_TAG_GRAPHEMES) {
        facets.add(facet(text, tag.getStart(), tag.getEnd(), "tag", tag.getValue()));
      }
    }
    facets.sort(Comparator.comparingInt(Facet::byteStart));
    return List.copyOf(facets);
  }

  /** The facets as the {@code facets} array of an {@code app.bsky.feed.post} record. */
  public static ArrayNode toJson(List<Facet> facets) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Facet f : facets) {
      ObjectNode facet = array.addObject();
      ObjectNode index = facet.putObject("index");
      index.put("byteStart", f.byteStart());
      index.put("byteEnd", f.byteEnd());
      ObjectNode feature = facet.putArray("features").addObject();
      if (f.type().equals("link")) {
        feature.put("$type", "app.bsky.richtext.facet#link");
        feature.put("uri", f.value());
      } else {
        feature.put("$type", "app.bsky.richtext.facet#tag");
        feature.put("tag", f.value());
      }
    }
    return array;
  }

  private static Facet facet(String text, int start, int end, String type, String value) {
    return new Facet(utf8Length(text, start), utf8Length(text, end), type, value);
  }

  private static int utf8Length(String text, int utf16End) {
    return text.substring(0, utf16End).getBytes(StandardCharsets.UTF_8).length;
  }
}
