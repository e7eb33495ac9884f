/** The store's migrations written in Java, found by Flyway beside the SQL ones of db/migration (same versions). */
package db.migration;
