/**
 * Scheduling: an EJB timer beats every second; each beat claims the enabled jobs due within the
 * look-ahead window (SKIP LOCKED, so admin nodes never claim the same job), stores their fires as runs
 * and advances their next fire time in one transaction. It hands nothing to dispatch itself: the runs
 * reach dispatch through an after-commit event of the run feature. It also owns what is fired off the
 * regular beat: a fixed-delay job's next fire, set when its run ends, and backfills of past fire times.
 */
package io.tempora.admin.schedule;
