/** A document's main incident: the event the article is about, told apart from the background totals it repeats. */
package org.tally.event;
