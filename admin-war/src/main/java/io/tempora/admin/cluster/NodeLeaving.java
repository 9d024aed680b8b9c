package io.tempora.admin.cluster;

/**
 * This node is stopping: stop sending and forget what is held; its claimed runs are handed back to the
 * cluster right after this event, so another node sends them on time.
 */
public record NodeLeaving(String nodeId) {}
