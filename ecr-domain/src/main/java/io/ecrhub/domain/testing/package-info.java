/**
 * Aids for testing code that drives the domain's engine: a scheduler on a virtual clock. Plain JDK,
 * no test framework, so that any test library can use it.
 */
package io.ecrhub.domain.testing;
