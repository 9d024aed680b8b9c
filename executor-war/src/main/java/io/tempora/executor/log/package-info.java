/**
 * Run logs: one file per run under the logs directory, appended line by line while the handler runs,
 * and read back in pages for the admin's console. Paging resumes from a remembered byte offset, so
 * polling a growing log does not re-read it from the start each time.
 */
package io.tempora.executor.log;
