-- SQLite only (db/sqlite is a Flyway location of SQLite stores alone): a full-text index of documents' titles and
-- texts for Store.search (issue 15), in SQLite's FTS5, ranked by bm25 and giving highlighted snippets. PostgreSQL
-- stores have their own index (db/postgresql, 10.1). Numbered 10.2 so that the next shared migration (11) comes after
-- it on both.
--
-- The index keeps no second copy of the text: it reads titles and texts through document_search_rows (external
-- content). Its row ids come from document_search_keys, whose INTEGER PRIMARY KEY stays fixed through VACUUM (the
-- documents table's own rowid may be renumbered by VACUUM, which would point the index at the wrong documents).
-- The triggers keep it in step with every insert, update and delete of a document, whoever writes them.

CREATE TABLE document_search_keys (
    key     INTEGER PRIMARY KEY,
    doc_id  TEXT    NOT NULL UNIQUE
);

CREATE VIEW document_search_rows AS
SELECT k.key AS key, d.title AS title, d.text AS text
FROM document_search_keys k
JOIN documents d ON d.id = k.doc_id;

-- unicode61 folds case and, with remove_diacritics 2, accents: "Deir ez-Zor" is found by "deir", "ez" and "zor"
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title,
    text,
    content = 'document_search_rows',
    content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO document_search_keys (doc_id) VALUES (new.id);
    INSERT INTO documents_fts (rowid, title, text)
        SELECT key, new.title, new.text FROM document_search_keys WHERE doc_id = new.id;
END;

-- an external-content index forgets a row only when told the words it indexed for it: the old title and text
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        SELECT 'delete', key, old.title, old.text FROM document_search_keys WHERE doc_id = old.id;
    DELETE FROM document_search_keys WHERE doc_id = old.id;
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF id, title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        SELECT 'delete', key, old.title, old.text FROM document_search_keys WHERE doc_id = old.id;
    UPDATE document_search_keys SET doc_id = new.id WHERE doc_id = old.id;
    INSERT INTO documents_fts (rowid, title, text)
        SELECT key, new.title, new.text FROM document_search_keys WHERE doc_id = new.id;
END;

-- the documents stored before this version
INSERT INTO document_search_keys (doc_id) SELECT id FROM documents ORDER BY id;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
