/**
 * The history of GLUE jobs' sources: every change of a job's glue is kept as a numbered version (who,
 * when, why), the newest ones per job only; versions can be listed, read, compared as a unified diff and
 * rolled back to. A source is parsed before it is saved (Groovy, JavaScript), so a syntax error is a 400
 * naming its line and column instead of a failed run.
 */
package io.tempora.admin.glue;
