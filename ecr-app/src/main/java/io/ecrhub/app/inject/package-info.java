/**
 * Guice modules that bind an {@link io.ecrhub.app.api.EcrClient}: {@link
 * io.ecrhub.app.inject.EcrModule} with one transport module and, optionally, one journal module.
 * Guice (and the loopback transport, for its module) must be on the class path only when these are
 * used.
 */
package io.ecrhub.app.inject;
