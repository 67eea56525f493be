/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stubs hold only what the plugin uses (docs/architecture.md): every stub type and member must
 * be needed by the plugin's compiled classes. Adding a stub member the glue does not call fails
 * here.
 */
class StubSurfaceTest {

  private static final Path STUBS = BuiltBundle.jarOf("org.weasis.core.ui.util.WtoolBar");
  private static final Path PLUGIN = BuiltBundle.jarOf("org.radshare.plugin.Messages");

  @Test
  void everyStubMemberIsUsedByThePlugin() throws Exception {
    assertThat(StubSurface.of(STUBS, PLUGIN).unused())
        .as("stub types and members the plugin does not use; remove them from weasis-api-stubs")
        .isEmpty();
  }

  @Test
  void aStubThePluginDoesNotUseIsReported(@TempDir Path emptyPlugin) throws Exception {
    Files.createDirectories(emptyPlugin);
    assertThat(StubSurface.of(STUBS, emptyPlugin).unused())
        .contains(
            "org/weasis/core/ui/util/WtoolBar",
            "org/dcm4che3/data/Attributes#removeAllBulkData()I",
            "org/weasis/dicom/viewer2d/EventManager#getInstance()Lorg/weasis/dicom/viewer2d/EventManager;");
  }
}
