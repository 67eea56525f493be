/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.connect.http;

import java.time.Duration;
import java.util.Optional;
import org.radshare.core.connect.ConnectorException;

/**
 * One look at whether a platform has finished processing uploaded media, for {@link
 * ApiClient#awaitProcessing}.
 */
@FunctionalInterface
public interface ProcessingCheck {

  /**
   * Asks the platform once.
   *
   * @return empty when processing finished; otherwise how long the platform asked us to wait before
   *     asking again ({@link Duration#ZERO} when it did not say)
   * @throws ConnectorException when processing failed or the platform refused the question
   */
  Optional<Duration> stillProcessing() throws ConnectorException;
}
