/**
 * What the payment engine needs from outside, and the records it exchanges with it: the terminal
 * ({@link io.ecrhub.domain.port.TerminalGateway}), the order journal ({@link
 * io.ecrhub.domain.port.OrderJournal}, its entries, states and claims), the paired terminals, and
 * time ({@link io.ecrhub.domain.port.Scheduler}). The protocol and journal modules implement them.
 */
package io.ecrhub.domain.port;
