/**
 * Scheduling: an EJB timer beats every few hundred milliseconds; each beat claims the enabled jobs
 * due within the look-ahead window (SKIP LOCKED, so admin nodes never claim the same job), stores
 * their fires as runs and advances their next fire time in one transaction, then holds each run in
 * a timing wheel until it is due. A sweeper re-dispatches runs whose claiming node died.
 */
package io.tempora.admin.schedule;
