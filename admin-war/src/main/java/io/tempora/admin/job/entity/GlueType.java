package io.tempora.admin.job.entity;

/** Where a job's code comes from: a handler of a plugin jar (BEAN) or a source kept with the job. */
public enum GlueType {
  BEAN, GLUE_GROOVY, GLUE_SHELL, GLUE_PYTHON, GLUE_NODEJS, GLUE_PHP, GLUE_POWERSHELL, GLUE_JS
}
