package io.tempora.admin.run.control;

/** The run a trigger made, or, for a repeated Idempotency-Key, the one its first sending made. */
public record Triggered(long runId, boolean replayed) {}
