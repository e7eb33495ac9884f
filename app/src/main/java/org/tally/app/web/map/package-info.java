/** The web pages' maps: the offline Natural Earth base layer and incidents drawn over it as SVG. */
package org.tally.app.web.map;
