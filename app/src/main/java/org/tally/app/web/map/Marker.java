package org.tally.app.web.map;

/**
 * One incident on a map.
 *
 * @param size the figure the circle's area stands for (the consensus best), at least 1
 * @param kind its CSS classes: "grade-" and the verify grade (or "ungraded"), after "contradiction" where the
 *     claims contradict each other
 * @param href where a click goes; {@code label} its tooltip
 */
public record Marker(double lon, double lat, int size, String kind, String href, String label) {}
