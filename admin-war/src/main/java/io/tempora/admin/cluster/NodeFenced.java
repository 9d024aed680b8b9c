package io.tempora.admin.cluster;

/**
 * Another node declared this one dead and took its claimed runs: whatever this node still holds in
 * memory belongs to someone else now and must not be sent.
 */
public record NodeFenced(String nodeId) {}
