package org.tally.app.web.map;

/**
 * One incident on a map.
 *
 * @param size the figure the circle's area stands for (the consensus best), at least 1
 * @param kind a CSS class: "contradiction" or "agreed"
 * @param href where a click goes; {@code label} its tooltip
 */
public record Marker(double lon, double lat, int size, String kind, String href, String label) {}
