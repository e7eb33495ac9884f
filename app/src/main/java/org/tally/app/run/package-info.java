/** Runs the stages over a batch of inputs: reading, analysis, progress and the tally of failures. */
package org.tally.app.run;
