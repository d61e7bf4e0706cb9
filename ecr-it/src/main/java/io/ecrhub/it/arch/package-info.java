/**
 * Architecture rules of ecr-hub, reusable on other code bases: start at {@link
 * io.ecrhub.it.arch.EcrArchitectureRules}.
 */
package io.ecrhub.it.arch;
