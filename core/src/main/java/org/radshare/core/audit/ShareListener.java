/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit;

/**
 * Told of each share once its result is in the audit log, e.g. to export it as an ATNA message.
 * Called on the thread that recorded the result; an exception is reported, never propagated, so an
 * unreachable audit repository cannot undo or block a local audit record.
 */
@FunctionalInterface
public interface ShareListener {

  void shareCompleted(ShareEntry share) throws Exception;
}
