/** Which harm a count suffered: cue words before and after it, and hedges that take the claim back. */
package org.tally.extract.harm;
