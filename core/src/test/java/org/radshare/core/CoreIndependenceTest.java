/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Core is the tested heart shared by the plugin and the CLI: it must never depend on Swing, Weasis
 * or dcm4che, or it could not be tested (or reused) outside the viewer.
 */
class CoreIndependenceTest {

  private final JavaClasses core =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.radshare.core");

  @Test
  void coreHasClasses() {
    org.assertj.core.api.Assertions.assertThat(core).isNotEmpty();
  }

  @Test
  void coreDoesNotUseSwingWeasisOrDcm4che() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "org.weasis..", "org.dcm4che3..")
        .because("core stays free of Swing, Weasis and dcm4che (docs/architecture.md)")
        .check(core);
  }
}
