package io.tempora.admin.run.boundary;

public record TriggerResponse(long runId) {}
