/**
 * GLUE jobs as an XXL-JOB user keeps them: every source change kept as a version (list, read, diff, roll
 * back), syntax refused at save, XXL-JOB's own Groovy glue run unchanged on a Tempora executor, and the
 * log of a run on an XXL-JOB executor read to its end.
 */
package io.tempora.systemtest.glue;
