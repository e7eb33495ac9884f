-- PostgreSQL only (db/postgresql is a Flyway location of PostgreSQL stores alone): an index for Store.search, which
-- uses the server's English text search over title and text. SQLite stores search without it. Numbered 10.1 so that
-- the next shared migration (11) comes after it on both.
CREATE INDEX documents_text_search ON documents USING GIN (to_tsvector('english', COALESCE(title, '') || ' ' || text));
