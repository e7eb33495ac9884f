/** Links claims from different documents into incidents and running series, with consensus figures and outlet profiles. */
package org.tally.link;
