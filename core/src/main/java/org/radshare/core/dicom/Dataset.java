/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.dicom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable DICOM dataset read from DICOM JSON: attributes in tag order, sequences holding
 * nested datasets. Both front ends (the Weasis plugin and the CLI) hand core a dataset of this one
 * shape.
 */
public final class Dataset {

  private static final Dataset EMPTY = new Dataset(new TreeMap<>(Integer::compareUnsigned));

  private final SortedMap<Integer, Attribute> byTag;

  private Dataset(SortedMap<Integer, Attribute> byTag) {
    this.byTag = Collections.unmodifiableSortedMap(byTag);
  }

  public static Dataset empty() {
    return EMPTY;
  }

  /**
   * A dataset holding {@code attributes}.
   *
   * @throws IllegalArgumentException if two attributes share a tag
   */
  public static Dataset of(Collection<Attribute> attributes) {
    SortedMap<Integer, Attribute> map = new TreeMap<>(Integer::compareUnsigned);
    for (Attribute a : attributes) {
      if (map.putIfAbsent(a.tag(), a) != null) {
        throw new IllegalArgumentException("duplicate attribute " + a.tagString());
      }
    }
    return map.isEmpty() ? EMPTY : new Dataset(map);
  }

  public Optional<Attribute> get(int tag) {
    return Optional.ofNullable(byTag.get(tag));
  }

  public boolean contains(int tag) {
    return byTag.containsKey(tag);
  }

  /** All attributes of this level, in ascending (unsigned) tag order. */
  public List<Attribute> attributes() {
    return List.copyOf(byTag.values());
  }

  /** The first value as a string: PN gives its alphabetic group ({@code FAMILY^GIVEN}). */
  public Optional<String> string(int tag) {
    List<String> all = strings(tag);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every value as a string; empty if absent, bulk data or a sequence. */
  public List<String> strings(int tag) {
    Attribute a = byTag.get(tag);
    return a == null ? List.of() : a.strings();
  }

  public boolean isEmpty() {
    return byTag.isEmpty();
  }

  public int size() {
    return byTag.size();
  }

  /** Receives every attribute at every nesting level. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param path tags of the enclosing sequences, outermost first (empty at the top level)
     */
    void visit(List<Integer> path, Attribute attribute);
  }

  /** Visits every attribute, depth first, sequences before their items' contents. */
  public void walk(Visitor visitor) {
    walk(visitor, new ArrayList<>());
  }

  private void walk(Visitor visitor, List<Integer> path) {
    for (Attribute a : byTag.values()) {
      visitor.visit(List.copyOf(path), a);
      if (a.vr() == Vr.SQ) {
        path.add(a.tag());
        for (Dataset item : a.items()) {
          item.walk(visitor, path);
        }
        path.remove(path.size() - 1);
      }
    }
  }

  /** One readable string value somewhere in the dataset. */
  public record TaggedText(List<Integer> path, Attribute attribute, String text) {
    public TaggedText {
      path = List.copyOf(path);
    }

    public int tag() {
      return attribute.tag();
    }

    /** Never prints the value: it may be PHI. */
    @Override
    public String toString() {
      return "TaggedText[" + attribute.tagString() + ", depth " + path.size() + "]";
    }
  }

  /**
   * Every non-empty character-string value at every level (PN: each non-empty component group),
   * with the path of sequences that holds it. Numbers, tags and bulk data are left out.
   */
  public List<TaggedText> texts() {
    List<TaggedText> out = new ArrayList<>();
    walk(
        (path, a) -> {
          if (!a.vr().isText()) {
            return;
          }
          for (Value v : a.values()) {
            if (v instanceof Value.Name n) {
              for (String group : n.name().groups()) {
                out.add(new TaggedText(path, a, group));
              }
            } else if (!v.asString().isEmpty()) {
              out.add(new TaggedText(path, a, v.asString()));
            }
          }
        });
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d && byTag.equals(d.byTag);
  }

  @Override
  public int hashCode() {
    return byTag.hashCode();
  }

  /** Counts only: values may be PHI. */
  @Override
  public String toString() {
    return "Dataset[" + byTag.size() + " attribute(s)]";
  }
}
