/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.review;

import java.util.List;
import java.util.function.Function;

/**
 * The starting values of a new share, from the department's settings (set by IT in the Weasis
 * launcher configuration) overridden by the radiologist's own preferences. Keys are the names IT
 * writes; docs/install.md lists them.
 *
 * @param hashtags tags added to every post
 * @param contentWarning the default content-warning text; blank for none
 * @param keepDrawings whether the radiologist's measurements and arrows are captured
 * @param policyLocation where the department policy file is (path or URL); blank for the built-in
 */
public record ShareDefaults(
    List<String> hashtags, String contentWarning, boolean keepDrawings, String policyLocation) {

  public static final String HASHTAGS = "radshare.default.hashtags";
  public static final String CONTENT_WARNING = "radshare.default.contentWarning";
  public static final String KEEP_DRAWINGS = "radshare.capture.keepDrawings";
  public static final String POLICY = "radshare.policy.location";

  public ShareDefaults {
    hashtags = List.copyOf(hashtags);
    contentWarning = contentWarning == null ? "" : contentWarning;
    policyLocation = policyLocation == null ? "" : policyLocation;
  }

  /**
   * Resolves the defaults: a user value (non-null) wins over the department's, except the policy
   * location, which only the department sets.
   */
  public static ShareDefaults resolve(
      Function<String, String> department, Function<String, String> user) {
    return new ShareDefaults(
        Hashtags.parse(pick(HASHTAGS, department, user)),
        pick(CONTENT_WARNING, department, user),
        Boolean.parseBoolean(pick(KEEP_DRAWINGS, department, user)),
        department.apply(POLICY));
  }

  private static String pick(
      String key, Function<String, String> department, Function<String, String> user) {
    String mine = user.apply(key);
    return mine != null ? mine : department.apply(key);
  }
}
