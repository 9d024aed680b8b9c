-- Runs outlive their jobs as history, so job_run has no foreign key to job.
-- Times are epoch milliseconds (UTC) in BIGINT columns: the same on H2 and MariaDB, cheap to index.

CREATE SEQUENCE executor_group_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE executor_registration_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE job_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE job_run_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE executor_group (
  id BIGINT NOT NULL PRIMARY KEY,
  app_name VARCHAR(64) NOT NULL,
  title VARCHAR(100) NOT NULL,
  address_mode VARCHAR(16) NOT NULL,
  dialect VARCHAR(16) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_executor_group_app_name UNIQUE (app_name)
);

CREATE TABLE executor_group_address (
  group_id BIGINT NOT NULL,
  address VARCHAR(255) NOT NULL,
  PRIMARY KEY (group_id, address),
  CONSTRAINT fk_group_address_group FOREIGN KEY (group_id) REFERENCES executor_group (id) ON DELETE CASCADE
);

CREATE TABLE executor_registration (
  id BIGINT NOT NULL PRIMARY KEY,
  app_name VARCHAR(64) NOT NULL,
  address VARCHAR(255) NOT NULL,
  last_beat_at BIGINT NOT NULL,
  CONSTRAINT uq_registration_app_address UNIQUE (app_name, address)
);
CREATE INDEX ix_registration_beat ON executor_registration (last_beat_at);

CREATE TABLE job (
  id BIGINT NOT NULL PRIMARY KEY,
  group_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  schedule_type VARCHAR(16) NOT NULL,
  schedule_expression VARCHAR(120),
  time_zone VARCHAR(64) NOT NULL,
  misfire_policy VARCHAR(16) NOT NULL,
  route_strategy VARCHAR(32) NOT NULL,
  block_strategy VARCHAR(32) NOT NULL,
  handler VARCHAR(255),
  params VARCHAR(4000),
  timeout_seconds INT NOT NULL,
  retry_count INT NOT NULL,
  glue_type VARCHAR(32) NOT NULL,
  glue_updated_at BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL,
  next_fire_at BIGINT,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT fk_job_group FOREIGN KEY (group_id) REFERENCES executor_group (id)
);
-- what the scheduler scans every tick
CREATE INDEX ix_job_due ON job (enabled, next_fire_at);
CREATE INDEX ix_job_group ON job (group_id);

CREATE TABLE job_run (
  id BIGINT NOT NULL PRIMARY KEY,
  job_id BIGINT NOT NULL,
  trigger_type VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  due_at BIGINT NOT NULL,
  fired_at BIGINT,
  attempt INT NOT NULL,
  shard_index INT NOT NULL,
  shard_total INT NOT NULL,
  params VARCHAR(4000),
  executor_address VARCHAR(255),
  admin_node VARCHAR(100),
  lease_until BIGINT,
  handle_code INT,
  message VARCHAR(2000),
  finished_at BIGINT,
  created_at BIGINT NOT NULL
);
-- the sweeper looks for SCHEDULED runs whose lease expired; the console pages a job's runs newest first
CREATE INDEX ix_run_status_lease ON job_run (status, lease_until);
CREATE INDEX ix_run_job ON job_run (job_id, id);

CREATE TABLE api_token (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  role VARCHAR(16) NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
