/** Document facts: a cleaned document's title, publisher, publication date and language. */
package org.tally.facts;
