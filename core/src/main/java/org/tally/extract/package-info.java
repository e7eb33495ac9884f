/**
 * Claim extraction: counts, harm, victims, claimant, perpetrator and scope read from each sentence
 * of a cleaned document. {@link org.tally.extract.ClaimExtractor} composes the chain.
 */
package org.tally.extract;
