/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.prefs;

import java.util.List;
import org.radshare.core.connect.Platform;

/**
 * The connected platform accounts, as the preferences page shows them. Registered as an OSGi
 * service by the connector adapter; signing in opens the platform's authorisation page in the
 * browser and may take minutes, so the page calls it off the event thread.
 */
public interface AccountService {

  /** An account's state on one platform; {@code accountName} is empty when signed out. */
  record AccountStatus(Platform platform, boolean signedIn, String accountName) {}

  /** Every platform RadShare can post to, signed in or not, in display order. */
  List<AccountStatus> accounts();

  /** Runs the platform's sign-in (OAuth) and returns the new state. */
  AccountStatus signIn(Platform platform) throws Exception;

  /** Forgets (and, where the platform allows, revokes) the platform's token. */
  AccountStatus signOut(Platform platform) throws Exception;
}
