/** The HTML pages of {@code tally serve}, rendered on the server: overview, incidents, documents, outlets, series, search, try. */
package org.tally.app.web.page;
