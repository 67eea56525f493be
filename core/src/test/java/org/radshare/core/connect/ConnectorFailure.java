/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The kind of {@link ConnectorException} a call throws; fails the test when it throws none. */
public final class ConnectorFailure {

  private ConnectorFailure() {}

  public static ConnectorException.Kind kindOf(ThrowingCallable call) {
    ConnectorException e = catchThrowableOfType(ConnectorException.class, call);
    assertThat(e).as("a ConnectorException").isNotNull();
    return e.kind();
  }
}
