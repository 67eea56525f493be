/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built bundle must resolve in Weasis 4.7: every mandatory import must be a package that the
 * Weasis runtime exports (docs/weasis-integration.md §0 and §5), and nothing Weasis provides may be
 * embedded (duplicated classes across bundles break casts).
 */
class ImportPackageIT {

  /** What Weasis 4.7 exports, as package-name patterns (docs/weasis-integration.md §0, §5). */
  private static final List<Pattern> WEASIS_EXPORTS =
      List.of(
          // weasis-core (all but .internal), weasis-core-img (org.weasis.core.util, opencv)
          Pattern.compile("org\\.weasis\\.core\\.(?!internal(\\.|$)).+"),
          Pattern.compile("org\\.weasis\\.opencv(\\..+)?"),
          // weasis-dicom-codec (+ weasis-dicom-tools), explorer, viewer2d (all but .internal)
          Pattern.compile("org\\.weasis\\.dicom\\.(?!viewer2d\\.internal(\\.|$)).+"),
          Pattern.compile("org\\.dcm4che3(\\..+)?"),
          Pattern.compile("jakarta\\.json(\\.spi|\\.stream)?"),
          // re-exported by weasis-core
          Pattern.compile("com\\.github\\.scribejava(\\..+)?"),
          Pattern.compile("com\\.fasterxml\\.jackson\\.(core|databind|annotation)(\\..+)?"),
          Pattern.compile("org\\.slf4j"),
          Pattern.compile(
              "com\\.formdev\\.flatlaf(\\.extras|\\.extras\\.components|\\.icons|\\.ui|\\.util)?"),
          Pattern.compile("net\\.miginfocom\\.(layout|swing)"),
          // the framework and the Felix services Weasis starts (SCR, Preferences, ConfigAdmin)
          Pattern.compile("org\\.osgi\\.framework(\\..+)?"),
          Pattern.compile("org\\.osgi\\.service\\.(component|prefs|cm)(\\..+)?"),
          // JDK modules of the Weasis runtime image (java.desktop, java.xml, java.prefs...)
          Pattern.compile("javax\\.(swing|imageio|accessibility|print)(\\..+)?"),
          Pattern.compile("javax\\.xml(\\..+)?"),
          Pattern.compile("org\\.(w3c\\.dom|xml\\.sax)(\\..+)?"));

  /** Provided by Weasis; the bundle must import these, never carry them. */
  private static final List<String> NEVER_EMBEDDED =
      List.of(
          "org/weasis/",
          "org/dcm4che3/",
          "jakarta/json/",
          "com/fasterxml/jackson/core/",
          "com/fasterxml/jackson/databind/",
          "com/fasterxml/jackson/annotation/",
          "com/github/scribejava/",
          "com/formdev/flatlaf/",
          "net/miginfocom/",
          "org/slf4j/");

  @Test
  void everyMandatoryImportIsExportedByWeasis() throws Exception {
    Manifest manifest = BuiltBundle.manifest(BuiltBundle.pluginJar());
    List<ManifestHeaders.Clause> imports =
        ManifestHeaders.clauses(manifest.getMainAttributes().getValue("Import-Package"));

    assertThat(imports)
        .extracting(ManifestHeaders.Clause::name)
        .contains("org.weasis.core.ui.util");
    assertThat(imports)
        .filteredOn(c -> !c.optional())
        .allSatisfy(
            c ->
                assertThat(WEASIS_EXPORTS)
                    .as("import %s is not exported by Weasis 4.7", c.name())
                    .anyMatch(p -> p.matcher(c.name()).matches()));
  }

  @Test
  void weasisPackagesAreImportedWithoutVersionRanges() throws Exception {
    Manifest manifest = BuiltBundle.manifest(BuiltBundle.pluginJar());
    assertThat(ManifestHeaders.clauses(manifest.getMainAttributes().getValue("Import-Package")))
        .filteredOn(
            c ->
                c.name().startsWith("org.weasis.")
                    || c.name().startsWith("org.dcm4che3.")
                    || c.name().startsWith("jakarta.json")
                    || c.name().startsWith("com.formdev.flatlaf"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.parameters()).doesNotContain("version"));
  }

  @Test
  void bundleIsDeclarativeServicesOnlyAndExportsNothing() throws Exception {
    Attributes main = BuiltBundle.manifest(BuiltBundle.pluginJar()).getMainAttributes();
    assertThat(main.getValue("Bundle-Activator")).isNull();
    assertThat(main.getValue("Export-Package")).isNull();
    assertThat(main.getValue("Service-Component"))
        .contains("ShareToolBarFactory")
        .contains("PluginSettings");
  }

  @Test
  void embedsCoreAndTheOcrEnginesJavaSideButNothingWeasisProvides() throws Exception {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(BuiltBundle.pluginJar().toFile())) {
      List<String> entries = jar.stream().map(java.util.jar.JarEntry::getName).toList();
      assertThat(entries)
          .anyMatch(e -> e.matches("lib/radshare-core-.*\\.jar"))
          .anyMatch(e -> e.matches("lib/tesseract-[0-9.-]+\\.jar"))
          .anyMatch(e -> e.matches("lib/leptonica-[0-9.-]+\\.jar"))
          .anyMatch(e -> e.matches("lib/javacpp-[0-9.]+\\.jar"))
          .contains(
              "tessdata/eng.traineddata",
              "icon/svg/radshare-share.svg",
              "icon/svg/radshare-clip.svg")
          .noneMatch(e -> NEVER_EMBEDDED.stream().anyMatch(e::startsWith))
          .noneMatch(
              e ->
                  e.matches(
                      "lib/(weasis|dcm4che|jackson-(core|databind|annotations)|scribejava"
                          + "|flatlaf|miglayout|jakarta|parsson|slf4j).*"));
    }
  }
}
