-- The source of GLUE jobs, sent with each run. A large text column is spelt differently per database
-- (MariaDB has no CLOB, H2 reads LONGTEXT as VARCHAR), hence this migration exists once per vendor.
ALTER TABLE job ADD COLUMN glue_source CLOB;
