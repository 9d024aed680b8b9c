-- Parent -> child jobs: when a parent's run (or its whole SHARDING_BROADCAST fire) succeeds, each child
-- job gets a run. Deleting either job removes the link.
CREATE TABLE job_child (
  parent_job_id BIGINT NOT NULL,
  child_job_id BIGINT NOT NULL,
  PRIMARY KEY (parent_job_id, child_job_id),
  CONSTRAINT fk_job_child_parent FOREIGN KEY (parent_job_id) REFERENCES job (id) ON DELETE CASCADE,
  CONSTRAINT fk_job_child_child FOREIGN KEY (child_job_id) REFERENCES job (id) ON DELETE CASCADE
);
CREATE INDEX ix_job_child_child ON job_child (child_job_id);

-- A PARENT run names the parent run that caused it; the unique key lets the database refuse a second
-- child fire for one parent success whatever the code does (null for every other run).
ALTER TABLE job_run ADD COLUMN parent_run_id BIGINT;
CREATE UNIQUE INDEX uq_run_parent ON job_run (parent_run_id, job_id, shard_index);

-- Run history per job: final runs beyond the newest retention_count, or ended more than retention_days
-- ago, are deleted; null keeps them.
ALTER TABLE job ADD COLUMN retention_days INT;
ALTER TABLE job ADD COLUMN retention_count INT;

-- One row that admin nodes claim by conditional update, so one node sweeps old runs per interval.
CREATE TABLE run_retention_sweep (
  id INT NOT NULL PRIMARY KEY,
  next_at BIGINT NOT NULL,
  node VARCHAR(100)
);
INSERT INTO run_retention_sweep (id, next_at, node) VALUES (1, 0, NULL);
