/**
 * Scheduling: an EJB timer beats every second; each beat claims the enabled jobs due within the
 * look-ahead window (SKIP LOCKED, so admin nodes never claim the same job), stores their fires as runs
 * and advances their next fire time in one transaction. It hands nothing to dispatch itself: the runs
 * reach dispatch through an after-commit event of the run feature.
 */
package io.tempora.admin.schedule;
