package io.tempora.admin.group.entity;

/** An executor group was changed or deleted: anything that copied it (cached job snapshots) is stale. */
public record GroupChanged(long groupId) {}
