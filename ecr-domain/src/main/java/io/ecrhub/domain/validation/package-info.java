/**
 * How invalid input is reported: a {@link io.ecrhub.domain.validation.Violation} names a protocol
 * field path and says what is wrong; factories return every violation at once in a Vavr {@code
 * Validation}, or throw them together in an {@link
 * io.ecrhub.domain.validation.InvalidInputException}.
 */
package io.ecrhub.domain.validation;
