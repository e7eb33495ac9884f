/** Who says a number and who caused the harm: the actor dictionary, claimants and perpetrators. */
package org.tally.extract.actor;
