package io.tempora.admin.job.boundary;

public record TriggerResponse(long runId) {}
