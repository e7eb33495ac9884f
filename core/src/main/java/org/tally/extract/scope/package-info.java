/** How much of the war a claim's count covers: one incident, an aggregate over a period, or a war total. */
package org.tally.extract.scope;
