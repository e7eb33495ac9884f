/**
 * Verification, the stage after linking: claims checked against reference records (UCDP GED, ACLED, Airwars, VDC)
 * blocked by time and place, graded, and each article judged with reasons a reader can follow.
 */
package org.tally.verify;
