-- Admin nodes announce themselves: each node bumps its own beat counter every second. Other nodes
-- judge liveness by whether the counter moves on their own clock, so clock skew between hosts does not
-- matter; alive = false is set by the node that took over, and fences the old node off.
CREATE TABLE admin_node (
  id VARCHAR(100) NOT NULL PRIMARY KEY,
  started_at BIGINT NOT NULL,
  beat_at BIGINT NOT NULL,
  beats BIGINT NOT NULL,
  alive BOOLEAN NOT NULL
);

-- Optional endpoints a Tempora executor announces in its registration (null for XXL-JOB executors).
ALTER TABLE executor_registration ADD COLUMN batch_trigger_path VARCHAR(100);
ALTER TABLE executor_registration ADD COLUMN run_status_path VARCHAR(100);

-- A scheduled fire (CRON or FIX_RATE) carries its due time here as well; the unique key lets the
-- database refuse a doubled fire whatever the code does. Null for runs that are not schedule fires.
ALTER TABLE job_run ADD COLUMN fire_due BIGINT;
CREATE UNIQUE INDEX uq_run_fire ON job_run (job_id, fire_due, trigger_type, shard_index, attempt);
-- A failed run is retried at most once: its next attempt is unique.
CREATE UNIQUE INDEX uq_run_retry_of ON job_run (retry_of);
-- Take-over looks for the SCHEDULED runs of a dead node; the lost-run check for unfinished dispatched ones.
CREATE INDEX ix_run_status_node ON job_run (status, admin_node);
-- Durations come from the executor's own clock when it reports them.
ALTER TABLE job_run ADD COLUMN started_at BIGINT;
