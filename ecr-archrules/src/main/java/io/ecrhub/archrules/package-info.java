/**
 * ArchUnit rules, reusable on other code bases:
 *
 * <ul>
 *   <li>{@link io.ecrhub.archrules.HexagonalArchitecture}: the layering of a POS code base that
 *       pays through ecr-hub, in your own package names (domain, application, adapters, composition
 *       root), including that the domain starts no threads and no class uses ecr-hub's internals;
 *   <li>{@link io.ecrhub.archrules.CodingRules}: ArchUnit's general coding rules for your product
 *       packages, with console packages exempt where they must be;
 *   <li>{@link io.ecrhub.archrules.ThreadRules}: code that must own no thread;
 *   <li>{@link io.ecrhub.archrules.EcrArchitectureRules} and {@link
 *       io.ecrhub.archrules.EcrCodingRules}: ecr-hub's own rules, ready to run, and the same
 *       layering for a fork under another base package; {@code transportUsesOnlyTheSpi} for a
 *       vendor's transport.
 * </ul>
 */
package io.ecrhub.archrules;
