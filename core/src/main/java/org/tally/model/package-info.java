/** The values that flow through Tally's stages: documents, sections, facts and claims. */
package org.tally.model;
