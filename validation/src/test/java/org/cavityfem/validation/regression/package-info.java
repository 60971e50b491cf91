/**
 * Regression tier: every shipped case under {@code cases/} run end to end through the command line
 * and compared with its stored reference results ({@code cases/ref/<case>/}) within a per-case,
 * per-column tolerance whose reason is written next to it.
 */
package org.cavityfem.validation.regression;
