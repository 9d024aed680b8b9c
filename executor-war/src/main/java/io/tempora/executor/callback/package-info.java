/**
 * Reports run results to the admins. Results wait in an in-memory outbox and leave in batches of at
 * most 50; a batch no admin accepts is kept and retried with a growing pause, so no result is dropped
 * while the process lives (a disk spool that survives restarts is a later step).
 */
package io.tempora.executor.callback;
