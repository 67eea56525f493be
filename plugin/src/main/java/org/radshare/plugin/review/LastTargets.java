/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.radshare.core.connect.Platform;
import org.radshare.plugin.review.PlatformAccess.Destination;

/**
 * The platforms the radiologist last posted to, kept per user in {@link Preferences}, so the next
 * share starts with them ticked (where the policy still allows them and they are signed in). When
 * nothing is remembered and the department allows exactly one platform, that one is ticked.
 */
final class LastTargets {

  private static final String NODE = "org/radshare/plugin/review";
  private static final String KEY = "lastPlatforms";

  private LastTargets() {}

  /** What to tick first among {@code allowed}. */
  static Set<Platform> preselect(List<Destination> allowed) {
    Set<Platform> out = EnumSet.noneOf(Platform.class);
    String saved = node() == null ? "" : node().get(KEY, "");
    for (String key : saved.split(",")) {
      Platform.byKey(key.strip())
          .filter(p -> allowed.stream().anyMatch(d -> d.platform() == p))
          .ifPresent(out::add);
    }
    if (out.isEmpty() && allowed.size() == 1) {
      out.add(allowed.get(0).platform());
    }
    return out;
  }

  /** Remembers where a post just went. */
  static void remember(Set<Platform> posted) {
    Preferences p = node();
    if (p != null && !posted.isEmpty()) {
      p.put(KEY, posted.stream().map(Platform::key).collect(Collectors.joining(",")));
    }
  }

  private static Preferences node() {
    try {
      return Preferences.userRoot().node(NODE);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
