/**
 * Tally's rule files: the one reader ({@link org.tally.lexicon.RuleFile}), every file declared once with its typed
 * columns and example check ({@link org.tally.lexicon.RuleFiles}), and the files of one run, read once and passed to the
 * stages ({@link org.tally.lexicon.Lexicons}); errors name the file, the line and the column.
 */
package org.tally.lexicon;
