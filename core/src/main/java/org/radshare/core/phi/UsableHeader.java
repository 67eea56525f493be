/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.Optional;
import org.radshare.core.dicom.Attribute;
import org.radshare.core.dicom.Dataset;
import org.radshare.core.dicom.PersonName;
import org.radshare.core.dicom.Tags;
import org.radshare.core.dicom.Value;
import org.radshare.core.dicom.Vr;

/**
 * Decides whether a header gives the screens the patient's identity to compare text with. A header
 * whose PatientName is absent, empty, {@code null}, sent as binary or under a VR that carries no
 * name yields an empty name lexicon: the caption "Jane Doe" would then pass where a missing header
 * gives REVIEW. Such a header is treated exactly like a missing one, with the reason.
 */
public final class UsableHeader {

  private UsableHeader() {}

  /**
   * Why {@code header} yields no usable patient name, or empty when it does. The reason names the
   * attribute and the defect, never a value.
   */
  public static Optional<String> problem(Dataset header) {
    if (header == null || header.isEmpty()) {
      return Optional.of("The DICOM header is empty");
    }
    Optional<Attribute> name = header.get(Tags.PatientName);
    if (name.isEmpty()) {
      return Optional.of("The DICOM header has no PatientName");
    }
    Attribute a = name.get();
    if (a.bulkData()) {
      return Optional.of("The header's PatientName was sent as binary data, not as a name");
    }
    if (a.vr() != Vr.PN && a.vr().kind() != Vr.Kind.STRING) {
      return Optional.of("The header's PatientName has VR " + a.vr() + ", not PN");
    }
    for (Value v : a.values()) {
      if (usable(v)) {
        return Optional.empty();
      }
    }
    return Optional.of("The header's PatientName has no value");
  }

  private static boolean usable(Value v) {
    if (v instanceof Value.Name n) {
      PersonName p = n.name();
      return named(p.alphabeticComponents())
          || hasLetters(p.ideographic())
          || hasLetters(p.phonetic());
    }
    return v instanceof Value.Text t && named(PersonName.Components.parse(t.text()));
  }

  /** True if the lexicon would hold a name word (letters, not only digits) for these parts. */
  private static boolean named(PersonName.Components c) {
    return TermGroup.ofName("PatientName", c).terms().stream()
        .anyMatch(t -> t.text().chars().anyMatch(Character::isLetter));
  }

  private static boolean hasLetters(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
