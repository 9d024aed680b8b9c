package io.tempora.admin.job.entity;

/** A job's definition changed (edited, enabled, disabled, deleted): copies of it are stale. */
public record JobChanged(long jobId) {}
