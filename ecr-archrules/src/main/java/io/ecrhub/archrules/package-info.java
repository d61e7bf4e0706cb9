/**
 * Architecture rules of ecr-hub, reusable on other code bases: start at {@link
 * io.ecrhub.archrules.EcrArchitectureRules}.
 */
package io.ecrhub.archrules;
