/** The example checks of the rule files: each runs a row's example through the stage that reads the row. */
package org.tally.lexicon.examples;
