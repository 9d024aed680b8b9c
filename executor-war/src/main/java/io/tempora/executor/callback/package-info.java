/**
 * Reports run results to the admins without ever losing one. An ended run's result is queued; a
 * writer thread puts everything queued as one group in the spool directory with one fsync, and a
 * sender thread takes the oldest spooled results (whole groups, up to 1,000) to the first admin that
 * accepts, deleting them only after that answer, with a doubling pause (1 s to 30 s) while none accepts.
 * Groups and batches grow with the load because results keep arriving during each write and each send.
 * What is spooled at a stop is sent at the next start. During an admin outage of any length memory
 * holds only the next few batches and a compressed set of the waiting run ids; the rest waits on disk.
 */
package io.tempora.executor.callback;
