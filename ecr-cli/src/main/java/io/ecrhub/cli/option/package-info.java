/**
 * The options the {@code ecr} subcommands share, as picocli mixins, with their environment
 * fallbacks and checks. Internal to the command line: public only for picocli and the commands; not
 * exported.
 */
package io.ecrhub.cli.option;
