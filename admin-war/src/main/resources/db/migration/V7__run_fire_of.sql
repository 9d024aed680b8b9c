-- The shards of one SHARDING_BROADCAST fire: shard 0 is the fire's own run (fire_of null), every other
-- shard (and every retry of a shard) points at it.
ALTER TABLE job_run ADD COLUMN fire_of BIGINT;
CREATE INDEX ix_run_fire_of ON job_run (fire_of);
