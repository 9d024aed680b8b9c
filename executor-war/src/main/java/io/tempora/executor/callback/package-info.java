/**
 * Reports run results to the admins without ever losing one. A result is written to the spool
 * directory and forced to disk when its run ends; the sender takes the oldest spooled results in
 * batches of at most 50 to the first admin that accepts and deletes them only after that answer, with
 * a doubling pause (1 s to 30 s) while none accepts. What is spooled at a stop is sent at the next start.
 */
package io.tempora.executor.callback;
