/** The {@code tally} command line: one subcommand class per verb, wired in {@link org.tally.app.cli.TallyCommand}. */
package org.tally.app.cli;
