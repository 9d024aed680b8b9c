/**
 * The kinds of handler a run can ask for with its {@code glueType}: {@code BEAN} handlers from plugin
 * jars, Groovy classes compiled from the trigger's source (cached per job and glue version, bounded),
 * scripts run as child processes by their interpreter, and JavaScript on GraalJS without host access.
 * A glue handler's name carries its glue version, so a new version replaces the job's worker.
 */
package io.tempora.executor.glue;
