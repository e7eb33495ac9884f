/** Who was harmed: the people nouns after a count, and the nouns that show a count is not of people. */
package org.tally.extract.victim;
