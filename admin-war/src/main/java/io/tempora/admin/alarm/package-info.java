/**
 * Alarms: a job's email addresses and webhook, told when one of its runs fails, times out, is lost or
 * killed, or a fire is missed (which of these, per job). The transaction that ends a run only stores
 * its alarms (an outbox); a sender on every admin node claims due ones, delivers them outside any
 * transaction and records each outcome, retrying with backoff, so sending never holds up scheduling.
 */
package io.tempora.admin.alarm;
