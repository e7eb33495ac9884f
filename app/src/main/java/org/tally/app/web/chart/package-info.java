/** The web pages' charts, drawn on the server as SVG: stacked weekly bars, horizontal bars, running counts. */
package org.tally.app.web.chart;
