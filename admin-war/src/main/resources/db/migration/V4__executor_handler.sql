-- The BEAN handler names a Tempora executor offers, as of its last heartbeat (XXL-JOB executors send none).
CREATE TABLE executor_handler (
  registration_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (registration_id, name),
  CONSTRAINT fk_handler_registration FOREIGN KEY (registration_id) REFERENCES executor_registration (id) ON DELETE CASCADE
);
