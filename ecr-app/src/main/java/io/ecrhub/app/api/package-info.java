/**
 * The client a POS embeds: {@link io.ecrhub.app.api.EcrClient}, made by {@link
 * io.ecrhub.app.api.EcrClientBuilder} from a validated {@link io.ecrhub.app.api.EcrClientConfig},
 * with the journals it can be given ({@link io.ecrhub.app.api.OrderJournals}) and the description
 * of this POS for pairing ({@link io.ecrhub.app.api.PosDevice}).
 */
package io.ecrhub.app.api;
