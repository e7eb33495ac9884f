/** Place resolution: a bundled gazetteer, and the places that texts and casualty claims name. */
package org.tally.resolve.place;
