/** The JSON API under /api/: documents, claims, incidents, outlets, extract and ingest, and its OpenAPI document. */
package org.tally.app.web.api;
