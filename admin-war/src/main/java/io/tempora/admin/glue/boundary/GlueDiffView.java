package io.tempora.admin.glue.boundary;

/** What changed from one glue version to another, as a unified diff; empty when the sources are equal. */
public record GlueDiffView(long jobId, int from, int to, String diff) {}
