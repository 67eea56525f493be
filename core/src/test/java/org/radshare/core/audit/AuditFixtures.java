/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.radshare.core.policy.Verdict;

/** Synthetic shares for audit tests (the PHI-like values are invented). */
final class AuditFixtures {

  static final byte[] SECRET =
      "synthetic-department-secret-32-bytes!!".getBytes(StandardCharsets.UTF_8);
  static final String STUDY_UID = "1.2.826.0.1.3680043.8.498.12345";
  static final String PATIENT_ID = "PID-8377162";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

  private AuditFixtures() {}

  static Pseudonymizer pseudonymizer() {
    return new Pseudonymizer(SECRET);
  }

  static ShareIntent intent(String user, String platform, byte[] image) {
    return new ShareIntent(
        new Actor(user, java.util.Optional.of("dr-" + user)),
        platform,
        "@radiology@hospital.example",
        Verdict.REVIEW,
        Map.of("caption.PatientName", 1, "pixel.PHI", 2),
        List.of(new OverrideDecision("caption.phi", Verdict.REVIEW, "Teaching case, name removed")),
        List.of(new PostedMedia(image, "image/png")),
        pseudonymizer().subject(STUDY_UID, PATIENT_ID));
  }

  static ShareIntent intent(String user) {
    return intent(user, "mastodon", ("png-bytes-of-" + user).getBytes(StandardCharsets.UTF_8));
  }
}
