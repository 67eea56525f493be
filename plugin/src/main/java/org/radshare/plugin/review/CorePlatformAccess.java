/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.oauth.BrowserLauncher;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.policy.DepartmentPolicy;
import org.radshare.plugin.Messages;
import org.radshare.plugin.post.Department;

/**
 * {@link PlatformAccess} over the department: the policy's platforms (fresh at each call, so a
 * policy change shows at the next share), the encrypted token store's accounts that the policy lets
 * this user post as, and the browser sign-in with the department's client ids.
 */
final class CorePlatformAccess implements PlatformAccess {

  private static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

  private final Supplier<Department> department;
  private final BrowserLauncher browser;
  private DepartmentPolicy policy;

  CorePlatformAccess(Supplier<Department> department, BrowserLauncher browser) {
    this.department = department;
    this.browser = browser;
  }

  @Override
  public synchronized List<Destination> destinations() throws Exception {
    policy = department.get().policy();
    List<AccountId> saved = department.get().tokenStore().accounts();
    List<Destination> out = new ArrayList<>();
    for (DepartmentPolicy.PlatformRule rule : policy.platforms()) {
      Optional<Platform> p = Platform.byKey(rule.id());
      if (p.isEmpty()) {
        continue; // validated by the policy loader; an unknown id is simply not offered
      }
      List<String> mine =
          saved.stream()
              .filter(a -> a.platform() == p.get() && policy.allows(rule.id(), a.name()))
              .map(AccountId::name)
              .toList();
      out.add(new Destination(p.get(), mine));
    }
    return out;
  }

  @Override
  public Destination signIn(Platform platform) throws Exception {
    if (platform == Platform.BLUESKY) {
      throw new IllegalStateException(Messages.getString("review.platform.blueskyPrefs"));
    }
    department.get().signIn().oauth(platform, browser, SIGN_IN_TIMEOUT);
    return destinations().stream()
        .filter(d -> d.platform() == platform)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(platform.displayName()));
  }

  @Override
  public synchronized String finalCaption(String caption) {
    return policy == null ? caption : policy.finalCaption(caption);
  }

  @Override
  public synchronized Optional<String> defaultContentWarning() {
    return policy == null ? Optional.empty() : policy.post().contentWarning();
  }
}
