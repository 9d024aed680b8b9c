/**
 * Taking runs in and running them: the intake refuses what cannot run (unknown handler or glue type,
 * a run id seen before); each job has its own lane — the job's executor service, with a bounded queue,
 * serial order, kill and the block strategies — and every lane runs on one shared {@link
 * io.tempora.executor.run.RunnerPool} of container-managed threads, where handlers that block get
 * threads of their own so they cannot starve the others. Every run ends exactly once — by its handler,
 * a timeout, a kill or a cover — and that end is logged and called back. Tempora admins may send many
 * runs per request and ask what became of runs they lost track of.
 */
package io.tempora.executor.run;
