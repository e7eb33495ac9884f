/**
 * The first step of the flow: turns command-line inputs (files, folders, globs, standard input) into
 * {@link org.tally.model.Document}s, reading plain text, Markdown, HTML, CSV, TSV, JSON Lines and JSON arrays in any common encoding, each document
 * with an id no other document of the run has.
 */
package org.tally.app.read;
