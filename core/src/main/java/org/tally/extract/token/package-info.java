/** Word tokens of a sentence, and a phrase trie that finds lexicon phrases among them in one pass. */
package org.tally.extract.token;
