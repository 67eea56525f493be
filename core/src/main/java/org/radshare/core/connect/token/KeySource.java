/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.token;

import java.io.IOException;
import javax.crypto.SecretKey;

/** Where the AES key protecting saved sign-ins is kept: the OS keychain or an owner-only file. */
public interface KeySource {

  /** Reads the key, creating and keeping a new random one on first use. */
  SecretKey loadOrCreate() throws IOException;

  /** Where the key lives, for messages (never the key itself). */
  String describe();
}
