-- A job's alarms: where to send them (email addresses, one webhook) and which run ends raise one.
-- Deleting the job deletes its alarm settings.
CREATE TABLE job_alarm (
  job_id BIGINT NOT NULL PRIMARY KEY,
  webhook_url VARCHAR(2000),
  webhook_secret VARCHAR(200),
  updated_at BIGINT NOT NULL,
  CONSTRAINT fk_job_alarm_job FOREIGN KEY (job_id) REFERENCES job (id) ON DELETE CASCADE
);

CREATE TABLE job_alarm_email (
  job_id BIGINT NOT NULL,
  address VARCHAR(254) NOT NULL,
  PRIMARY KEY (job_id, address),
  CONSTRAINT fk_job_alarm_email FOREIGN KEY (job_id) REFERENCES job_alarm (job_id) ON DELETE CASCADE
);

CREATE TABLE job_alarm_event (
  job_id BIGINT NOT NULL,
  event VARCHAR(16) NOT NULL,
  PRIMARY KEY (job_id, event),
  CONSTRAINT fk_job_alarm_event FOREIGN KEY (job_id) REFERENCES job_alarm (job_id) ON DELETE CASCADE
);

-- The outbox: one row per alarm and target, stored in the transaction that ended the run, delivered
-- afterwards by whichever admin node claims it (claim token and lease, rows locked with SKIP LOCKED).
-- Deleting a run (history retention) deletes its alarms.
CREATE SEQUENCE run_alarm_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE run_alarm (
  id BIGINT NOT NULL PRIMARY KEY,
  run_id BIGINT NOT NULL,
  job_id BIGINT NOT NULL,
  event VARCHAR(16) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  target VARCHAR(2000) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at BIGINT,
  claim VARCHAR(64),
  last_error VARCHAR(2000),
  created_at BIGINT NOT NULL,
  sent_at BIGINT,
  CONSTRAINT fk_run_alarm_run FOREIGN KEY (run_id) REFERENCES job_run (id) ON DELETE CASCADE
);
-- what the senders scan every second (the foreign key's index serves a run's alarms)
CREATE INDEX ix_run_alarm_due ON run_alarm (status, next_attempt_at);
