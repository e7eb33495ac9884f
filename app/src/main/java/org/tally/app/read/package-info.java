/**
 * The first step of the flow: turns command-line inputs (files, folders, globs, standard input) into
 * {@link org.tally.model.Document}s, reading plain text, Markdown, HTML, CSV and JSON Lines in any common encoding.
 */
package org.tally.app.read;
