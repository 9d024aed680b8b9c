-- An API trigger sent with an Idempotency-Key: a repeat of the key for the same job within 24 h
-- answers with the first run instead of storing another. The primary key makes the database refuse a
-- second run for the key whatever the code does.
CREATE TABLE trigger_key (
  job_id BIGINT NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  run_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (job_id, idempotency_key)
);

-- A trigger may name the executor to run on (XXL-JOB's "executor address"), instead of the group's routing.
ALTER TABLE job_run ADD COLUMN address_override VARCHAR(255);
