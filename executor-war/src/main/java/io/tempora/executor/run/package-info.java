/**
 * Taking runs in and running them: the intake refuses what cannot run (unknown handler or glue
 * type, a run id seen before), each job gets one worker with a bounded queue on a container-managed
 * thread, and the job's block strategy decides what a trigger does to a busy worker. Every run ends
 * exactly once — by its handler, a timeout, a kill or a cover — and that end is logged and called back.
 * Tempora admins may send many runs per request and ask what became of runs they lost track of.
 */
package io.tempora.executor.run;
