/**
 * Finds counts of people in text ("at least 18", "dozens of", "1.2 million", "a dozen"): the first step of claim
 * extraction, before harm, victims and actors are attached.
 */
package org.tally.extract.count;
