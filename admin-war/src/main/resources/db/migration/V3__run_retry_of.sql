-- A retry is a new run; retry_of links it to the run whose failure it repeats.
ALTER TABLE job_run ADD COLUMN retry_of BIGINT;
