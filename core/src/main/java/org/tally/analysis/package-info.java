/** One document through every per-document stage: clean, facts, extract, resolve, main incident; one immutable result. */
package org.tally.analysis;
