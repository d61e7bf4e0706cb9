/**
 * The {@code ecr} subcommands, one class each, as picocli runs them. Internal to the command line:
 * public only for picocli, which the module opens this package to; not exported.
 */
package io.ecrhub.cli.command;
