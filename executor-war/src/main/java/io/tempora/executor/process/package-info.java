/**
 * Child processes of runs: script glue and the built-in {@code command} handler start one here, its
 * output goes line by line into the run's log, and a kill or timeout ends the whole process tree — the
 * process, every descendant and whatever else is left in its session — not just the process itself.
 */
package io.tempora.executor.process;
