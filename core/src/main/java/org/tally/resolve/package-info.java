/** Resolution: where and when each claim's harm happened, against the gazetteer and the document's date. */
package org.tally.resolve;
