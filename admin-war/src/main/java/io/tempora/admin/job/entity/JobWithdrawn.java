package io.tempora.admin.job.entity;

/**
 * A job was disabled or deleted: its runs stored but not yet sent must not be sent. Fired inside the
 * transaction that changed the job.
 */
public record JobWithdrawn(long jobId, String reason) {}
