/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JToolBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.radshare.plugin.natives.OcrNatives;

/**
 * Boots a real Apache Felix framework with SCR, installs the stubs bundle in place of Weasis (plus
 * the jars Weasis would provide, with the Jackson bundles of Weasis 4.7.0 and then of 4.7.2) and
 * the packaged plugin: the plugin resolves, its components activate, the tool bar factory is
 * registered the way the 2D viewer looks for it and creates the tool bar with its Share and Share
 * clip actions, and uninstalling leaves no service and no thread behind.
 */
class FelixPluginIT {

  private static final String FACTORY = "org.weasis.core.api.gui.InsertableFactory";
  private static final String VIEWER_PROPERTY = "org.weasis.dicom.viewer2d.View2dContainer";

  @TempDir Path cache;
  private FelixRuntime felix;

  @AfterEach
  void stopFramework() throws Exception {
    if (felix != null) {
      felix.close();
    }
  }

  static Stream<Path> jacksonReleases() {
    return FelixRuntime.jacksonDirs();
  }

  /** Runs once per Jackson release of Weasis 4.7.x: 2.21 (4.7.0) and 2.22 (4.7.1, 4.7.2). */
  @ParameterizedTest(name = "Jackson {0}")
  @MethodSource("jacksonReleases")
  void pluginResolvesActivatesCreatesTheToolBarAndLeavesNothingBehind(Path jackson)
      throws Exception {
    felix = FelixRuntime.start(cache, jackson, true);
    BundleContext context = felix.context();
    warmUpSwing();
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();

    Path pluginJar = BuiltBundle.pluginJar();
    Bundle plugin = context.installBundle(pluginJar.toUri().toString());
    // As Weasis installs it: the plugin with the natives fragment of this platform.
    Bundle natives =
        context.installBundle(
            NativeFragmentsIT.fragmentOf(pluginJar, OcrNatives.currentSpec()).toUri().toString());
    plugin.start();
    assertThat(plugin.getState()).as("plugin bundle state").isEqualTo(Bundle.ACTIVE);
    assertThat(jacksonWiredTo(plugin))
        .as("the plugin is wired to the Jackson bundles of this Weasis release")
        .allSatisfy(v -> assertThat(jackson.getFileName().toString()).isEqualTo(v));

    ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, FACTORY, null);
    tracker.open(true);
    ClassLoader pluginLoader;
    try {
      Object factory = tracker.waitForService(FelixRuntime.TIMEOUT_MS);
      assertThat(factory).as("InsertableFactory service from the plugin").isNotNull();
      ServiceReference<Object> ref = tracker.getServiceReference();
      assertThat(ref.getBundle()).isEqualTo(plugin);
      pluginLoader = factory.getClass().getClassLoader();
      // The viewer does Boolean.parseBoolean((String) property): it must be the String "true".
      assertThat(ref.getProperty(VIEWER_PROPERTY)).isEqualTo("true");

      Method create = method(factory, "createInstance", Hashtable.class);
      Object bar = create.invoke(factory, (Object) null);
      assertThat(bar).isInstanceOf(JToolBar.class);
      assertThat(bar.getClass().getName()).isEqualTo("org.radshare.plugin.toolbar.ShareToolBar");
      assertThat(bar.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
      List<AbstractButton> buttons = buttons((JToolBar) bar);
      assertThat(buttons).as("Share, Share clip and Share layout").hasSize(3);
      AbstractButton share = buttons.get(0);
      assertThat(share.getIcon()).as("Share icon").isNotNull();
      assertThat(share.getToolTipText()).contains("Share").doesNotContain("unavailable");
      assertThat(share.isEnabled()).as("no image is selected outside Weasis").isFalse();
      AbstractButton clip = buttons.get(1);
      assertThat(clip.getIcon()).as("Share clip icon").isNotNull();
      assertThat(clip.getToolTipText()).contains("clip");
      assertThat(clip.isEnabled()).as("no series is selected outside Weasis").isFalse();
      assertThat(buttons.get(2).getToolTipText()).contains("layout");
      assertThat(((JComponent) bar).getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).keys())
          .as("one keyboard shortcut per action")
          .hasSize(2);

      Method owns = method(factory, "isComponentCreatedByThisFactory", insertable(factory));
      assertThat(owns.invoke(factory, bar)).isEqualTo(true);
      assertThat(method(factory, "getType").invoke(factory).toString()).isEqualTo("TOOLBAR");
      method(factory, "dispose", insertable(factory)).invoke(factory, bar);

      for (String service :
          List.of(
              "org.weasis.core.api.gui.PreferencesPageFactory",
              "org.radshare.plugin.review.ReviewBackend",
              "org.radshare.plugin.review.ClipBackend",
              "org.radshare.plugin.settings.PluginSettings")) {
        // getAll...: the test's own copies of these types must not filter the plugin's out
        ServiceReference<?>[] all = context.getAllServiceReferences(service, null);
        assertThat(all).as(service + " registered").hasSize(1);
        ServiceReference<?> other = all[0];
        assertThat(context.getService(other)).as(service + " activates").isNotNull();
        context.ungetService(other);
      }
    } finally {
      tracker.close();
    }

    plugin.uninstall();
    natives.uninstall();

    assertThat(servicesOf(context, plugin)).as("services left by the plugin").isEmpty();
    assertThat(context.getServiceReferences(FACTORY, null)).as("factories left").isNull();
    Set<Thread> alive = Thread.getAllStackTraces().keySet();
    Set<String> leftover =
        alive.stream()
            .filter(t -> !threadsBefore.contains(t) && t.isAlive())
            .map(Thread::getName)
            // Swing's shared event and shutdown threads belong to the JDK (Weasis runs them all
            // the time); they come and go with any Swing use and stop by themselves.
            .filter(name -> !name.startsWith("AWT-EventQueue-") && !name.equals("AWT-Shutdown"))
            .collect(Collectors.toSet());
    assertThat(leftover).as("threads started by the plugin and still running").isEmpty();
    assertThat(alive.stream().filter(t -> t.getContextClassLoader() == pluginLoader).toList())
        .as("threads still holding the plugin's class loader")
        .isEmpty();
  }

  /** The major.minor of every Jackson bundle the plugin's imports are wired to. */
  private static List<String> jacksonWiredTo(Bundle plugin) {
    return plugin.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package").stream()
        .filter(w -> w.getProvider().getSymbolicName().startsWith("com.fasterxml.jackson"))
        .map(w -> w.getProvider().getVersion())
        .map(v -> v.getMajor() + "." + v.getMinor())
        .distinct()
        .toList();
  }

  /** Initialise Swing's shared machinery before counting threads, as Weasis has long done. */
  private static void warmUpSwing() {
    JToolBar bar = new JToolBar();
    bar.add(new javax.swing.JButton("x"));
  }

  private static Class<?> insertable(Object factory) throws ClassNotFoundException {
    return factory.getClass().getClassLoader().loadClass("org.weasis.core.api.gui.Insertable");
  }

  private static Method method(Object target, String name, Class<?>... types)
      throws NoSuchMethodException {
    return target.getClass().getMethod(name, types);
  }

  private static List<AbstractButton> buttons(JToolBar bar) {
    return Arrays.stream(bar.getComponents())
        .filter(AbstractButton.class::isInstance)
        .map(AbstractButton.class::cast)
        .toList();
  }

  private static List<String> servicesOf(BundleContext context, Bundle bundle) throws Exception {
    ServiceReference<?>[] all = context.getAllServiceReferences(null, null);
    return all == null
        ? List.of()
        : Arrays.stream(all)
            .filter(r -> bundle.equals(r.getBundle()))
            .map(r -> Arrays.toString((String[]) r.getProperty(Constants.OBJECTCLASS)))
            .toList();
  }
}
