/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.policy;

/**
 * Why a verdict is what it is, in words a radiologist can act on. {@code code} is stable and
 * machine-readable ({@code pixel.phi}, {@code caption.phi}, {@code header.burned-in}, {@code
 * check.failed}…); {@code message} never contains a PHI value.
 *
 * @param floor the least strict verdict this reason allows
 */
public record Reason(String code, Verdict floor, String message) {}
