/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.radshare.core.connect.Platform;
import org.radshare.core.connect.token.AccountId;
import org.radshare.core.connect.token.EncryptedFileTokenStore;
import org.radshare.core.connect.token.TokenSet;
import org.radshare.plugin.TestPolicies;
import org.radshare.plugin.natives.OcrNatives;

/**
 * Weasis uninstalls and reinstalls a SNAPSHOT plugin at every launch (and any plugin when its
 * version changes), which deletes the bundle's OSGi data area. The outbox, the audit log and the
 * radiologist's sign-ins must survive that, and what an older version left in the data area is
 * moved to the user's folder. Runs in its own JVM (it points user.home at a temporary folder).
 */
class UpgradeKeepsDataIT {

  private static final String SETTINGS = "org.radshare.plugin.settings.PluginSettings";

  @TempDir Path tmp;

  @Test
  void reinstallingThePluginKeepsOutboxAuditLogAndSignIns() throws Exception {
    System.setProperty("user.home", tmp.resolve("home").toString());
    Path weasis = tmp.resolve("home/.weasis");
    Path policy = TestPolicies.write(tmp.resolve("department"), 0, false);
    Path auditLog = tmp.resolve("department/audit/audit.jsonl");
    Files.writeString(auditLog, "{\"seq\":1,\"event\":\"posted\"}\n");
    // The radiologist signed in earlier (the command line and the plugin share this store).
    AccountId account = new AccountId(Platform.MASTODON, "dr.example@m.example");
    EncryptedFileTokenStore.inUserConfig()
        .save(account, new TokenSet("synthetic-access", "", Instant.EPOCH, "write", Map.of()));

    Path jackson = FelixRuntime.jacksonDirs().reduce((a, b) -> b).orElseThrow();
    Path cache = tmp.resolve("felix-cache");
    Map<String, String> launcher =
        Map.of("weasis.path", weasis.toString(), "radshare.policy.location", policy.toString());
    try (FelixRuntime felix = FelixRuntime.start(cache, jackson, true, launcher)) {
      BundleContext context = felix.context();
      Bundle plugin = install(context);
      // What a version before 0.1 left in the bundle's data area.
      Path oldArea = cache.resolve("bundle" + plugin.getBundleId()).resolve("data");
      Files.createDirectories(oldArea.resolve("outbox/legacy-post"));
      Files.writeString(oldArea.resolve("outbox/legacy-post/request.json"), "{\"legacy\":true}");
      plugin.start();

      Path outbox = dataFolder(context, "outbox");
      assertThat(outbox).isEqualTo(weasis.resolve("radshare/outbox"));
      assertThat(outbox.resolve("legacy-post/request.json")).hasContent("{\"legacy\":true}");
      assertThat(oldArea.resolve("outbox")).as("moved out of the data area").doesNotExist();
      Files.createDirectories(outbox.resolve("post-2"));
      Files.writeString(outbox.resolve("post-2/request.json"), "{\"post\":2}");
      assertThat(accounts(context)).containsExactly(account.toString());

      // As Weasis does for a SNAPSHOT at the next launch: uninstall, install the file again.
      plugin.uninstall();
      refresh(context);
      assertThat(cache.resolve("bundle" + plugin.getBundleId())).doesNotExist();
      Bundle again = install(context);
      again.start();

      Path outboxAfter = dataFolder(context, "outbox");
      assertThat(outboxAfter).isEqualTo(outbox);
      assertThat(outboxAfter.resolve("legacy-post/request.json")).hasContent("{\"legacy\":true}");
      assertThat(outboxAfter.resolve("post-2/request.json")).hasContent("{\"post\":2}");
      assertThat(auditLog).hasContent("{\"seq\":1,\"event\":\"posted\"}");
      assertThat(accounts(context)).containsExactly(account.toString());
    }
  }

  /** Lets Felix drop the uninstalled revision (and with it the data area), as a restart does. */
  private static void refresh(BundleContext context) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    context
        .getBundle(0)
        .adapt(FrameworkWiring.class)
        .refreshBundles(null, event -> done.countDown());
    assertThat(done.await(FelixRuntime.TIMEOUT_MS, TimeUnit.MILLISECONDS)).isTrue();
  }

  private static Bundle install(BundleContext context) throws Exception {
    Path jar = BuiltBundle.pluginJar();
    Bundle plugin = context.installBundle(jar.toUri().toString());
    if (context.getBundles().length > 0
        && java.util.Arrays.stream(context.getBundles())
            .noneMatch(b -> b.getSymbolicName().startsWith("org.radshare.plugin.natives"))) {
      context.installBundle(
          NativeFragmentsIT.fragmentOf(jar, OcrNatives.currentSpec()).toUri().toString());
    }
    return plugin;
  }

  private static Object settings(BundleContext context) throws Exception {
    ServiceReference<?>[] refs = context.getAllServiceReferences(SETTINGS, null);
    assertThat(refs).as("PluginSettings registered").hasSize(1);
    return context.getService(refs[0]);
  }

  private static Path dataFolder(BundleContext context, String name) throws Exception {
    Object settings = settings(context);
    return (Path) settings.getClass().getMethod("dataFolder", String.class).invoke(settings, name);
  }

  /** The sign-ins the plugin sees, through its own copy of core. */
  private static List<String> accounts(BundleContext context) throws Exception {
    Object settings = settings(context);
    ClassLoader loader = settings.getClass().getClassLoader();
    Class<?> department = loader.loadClass("org.radshare.plugin.post.Department");
    Object dept = department.getMethod("of", settings.getClass()).invoke(null, settings);
    Object store = department.getMethod("tokenStore").invoke(dept);
    Object accounts = store.getClass().getMethod("accounts").invoke(store);
    return ((List<?>) accounts).stream().map(Object::toString).toList();
  }
}
