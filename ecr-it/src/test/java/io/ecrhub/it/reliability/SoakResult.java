package io.ecrhub.it.reliability;

import io.ecrhub.domain.result.PaymentOutcome;

/**
 * What became of one soak order, as its client reported it.
 *
 * @param client the index of the client that paid it, which tells whose journal holds it
 */
record SoakResult(SoakOrder order, int client, PaymentOutcome outcome) {}
