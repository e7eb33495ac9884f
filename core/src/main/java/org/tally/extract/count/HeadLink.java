package org.tally.extract.count;

/** Words between a count and its noun, from head-links.tsv: "of them" (partitive) or "of" (a plain link). */
record HeadLink(String phrase, boolean partitive) {}
