/**
 * Reading reference records for {@code tally verify}: UCDP GED, ACLED, Airwars-style and VDC-style exports and any
 * CSV through a column map, each chosen by its header, and the bundled UCDP GED Syria extract.
 */
package org.tally.app.reference;
