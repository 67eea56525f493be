/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.testdata.scene;

import java.util.function.Function;
import org.radshare.testdata.identity.PersonName;

/** The shapes in which a device prints a patient's name. */
enum NameForm {
  CARET(PersonName::caret),
  COMMA_UPPER(PersonName::commaUpper),
  COMMA(PersonName::comma),
  NATURAL(PersonName::natural),
  ASCII_UPPER(PersonName::asciiUpper),
  INITIAL(PersonName::initialSurname);

  private final Function<PersonName, String> form;

  NameForm(Function<PersonName, String> form) {
    this.form = form;
  }

  String of(PersonName n) {
    return form.apply(n);
  }
}
