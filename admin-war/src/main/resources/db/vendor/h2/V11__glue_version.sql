-- Every saved state of a GLUE job's source (the job row keeps the current one); the newest versions of
-- each job are kept (tempora.admin.glue-versions-kept). A large text column is spelt differently per
-- database (see V2), hence this migration exists once per vendor.
CREATE SEQUENCE glue_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE glue_version (
  id BIGINT NOT NULL PRIMARY KEY,
  job_id BIGINT NOT NULL,
  version INT NOT NULL,
  glue_type VARCHAR(32) NOT NULL,
  source CLOB NOT NULL,
  remark VARCHAR(500),
  author VARCHAR(120) NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT uq_glue_version UNIQUE (job_id, version),
  CONSTRAINT fk_glue_version_job FOREIGN KEY (job_id) REFERENCES job (id) ON DELETE CASCADE
);
-- glue saved before versions were kept becomes each job's version 1
INSERT INTO glue_version (id, job_id, version, glue_type, source, remark, author, created_at)
SELECT NEXT VALUE FOR glue_version_seq, id, 1, glue_type, glue_source, 'the glue when versions began to be kept', 'the admin',
       glue_updated_at
FROM job WHERE glue_type <> 'BEAN' AND glue_source IS NOT NULL;
