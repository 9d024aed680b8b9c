-- How many missed fires the CATCH_UP misfire policy fires at most; the later ones are recorded MISSED.
ALTER TABLE job ADD COLUMN catch_up_limit INT DEFAULT 10 NOT NULL;
