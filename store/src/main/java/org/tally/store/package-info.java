/** Stores documents, their layouts, facts and claims in an SQLite file, migrated by Flyway: the pipeline's last stage. */
package org.tally.store;
