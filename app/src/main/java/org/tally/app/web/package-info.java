/** The views stage: {@code tally serve}'s built-in web server, its pages and its JSON API over the store. */
package org.tally.app.web;
