/**
 * Run logs: live in memory while a run is short, then stored with the day's others in one store per
 * day; long or talkative runs get a file of their own. Read back in pages for the admin's console;
 * paging a file resumes from a remembered byte offset, so polling a growing log does not re-read it
 * from the start each time.
 */
package io.tempora.executor.log;
