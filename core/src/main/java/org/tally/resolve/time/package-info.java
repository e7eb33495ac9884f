/** Resolution of when a claim happened: time expressions in a text read and turned into spans of days against the document's date. */
package org.tally.resolve.time;
