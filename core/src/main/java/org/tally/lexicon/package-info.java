/** The one reader for Tally's rule files (tab-separated lexicons with a header), and its error type. */
package org.tally.lexicon;
