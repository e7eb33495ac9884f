/** The JSON, CSV and table shapes of documents and claims that outside tools read (design.md, claims.md). */
package org.tally.app.export;
