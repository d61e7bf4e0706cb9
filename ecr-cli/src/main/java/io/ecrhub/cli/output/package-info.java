/**
 * What the {@code ecr} subcommands print: reports, human lines, one JSON object with {@code
 * --json}, CSV, progress lines and exit codes. Internal to the command line: public only for the
 * commands; not exported.
 */
package io.ecrhub.cli.output;
