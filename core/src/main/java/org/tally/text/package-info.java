/** Cleaning: cuts a document into titled, dated, body and non-article sections, and its text into sentences, without ever rewriting the text. */
package org.tally.text;
