-- Who asked for a run to be killed; its result, when it comes, makes the run KILLED instead of FAILED.
ALTER TABLE job_run ADD COLUMN killed_by VARCHAR(100);
