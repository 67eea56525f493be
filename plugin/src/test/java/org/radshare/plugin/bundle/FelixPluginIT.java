package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JToolBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots a real Apache Felix framework with SCR, installs the stubs bundle in place of Weasis (plus
 * the jars Weasis would provide) and the packaged plugin: the plugin resolves, its components
 * activate, the tool bar factory is registered the way the 2D viewer looks for it and creates the
 * tool bar with its Share and Share clip actions, and uninstalling leaves no service and no thread
 * behind.
 */
class FelixPluginIT {

  private static final String FACTORY = "org.weasis.core.api.gui.InsertableFactory";
  private static final String VIEWER_PROPERTY = "org.weasis.dicom.viewer2d.View2dContainer";
  private static final long TIMEOUT_MS = 30_000;

  @TempDir Path cache;
  private Framework framework;

  @BeforeEach
  void startFramework() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    // Like Weasis's launcher: FlatLaf comes from the application class path, unversioned.
    config.put(
        Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
        "com.formdev.flatlaf,com.formdev.flatlaf.extras,com.formdev.flatlaf.extras.components,"
            + "com.formdev.flatlaf.icons,com.formdev.flatlaf.ui,com.formdev.flatlaf.util");
    framework =
        ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
    framework.start();
    BundleContext context = framework.getBundleContext();
    for (String className :
        List.of(
            "org.osgi.util.function.Function",
            "org.osgi.util.promise.Promise",
            "org.osgi.service.component.ComponentContext",
            "org.osgi.service.prefs.Preferences",
            "org.apache.felix.scr.impl.Activator",
            "jakarta.json.Json",
            // Jackson: Weasis installs these bundles (felix.auto.start.35)
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.databind.ObjectMapper",
            // ScribeJava: weasis-core re-exports it
            "com.github.scribejava.java8.base64.Java8Base64",
            "com.github.scribejava.core.oauth.OAuth20Service",
            "net.miginfocom.layout.LayoutUtil",
            "net.miginfocom.swing.MigLayout",
            "org.weasis.core.api.gui.InsertableFactory")) {
      context.installBundle(BuiltBundle.jarOf(className).toUri().toString()).start();
    }
  }

  @AfterEach
  void stopFramework() throws Exception {
    if (framework != null) {
      framework.stop();
      framework.waitForStop(TIMEOUT_MS);
    }
  }

  @Test
  void pluginResolvesActivatesCreatesTheToolBarAndLeavesNothingBehind() throws Exception {
    BundleContext context = framework.getBundleContext();
    warmUpSwing();
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();

    Bundle plugin = context.installBundle(BuiltBundle.pluginJar().toUri().toString());
    plugin.start();
    assertThat(plugin.getState()).as("plugin bundle state").isEqualTo(Bundle.ACTIVE);

    ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, FACTORY, null);
    tracker.open(true);
    ClassLoader pluginLoader;
    try {
      Object factory = tracker.waitForService(TIMEOUT_MS);
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
      assertThat(share.getToolTipText()).contains("Share");
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
