-- Places and times of claims carry how exactly the place is known and where their words are in the text.
ALTER TABLE claims ADD COLUMN location_precision TEXT
    CHECK (location_precision IS NULL OR location_precision IN
           ('point', 'near-point', 'district', 'governorate', 'region', 'country', 'countries'));
ALTER TABLE claims ADD COLUMN location_start INTEGER;
ALTER TABLE claims ADD COLUMN location_end INTEGER;
ALTER TABLE claims ADD COLUMN when_text_start INTEGER;
ALTER TABLE claims ADD COLUMN when_text_end INTEGER;
