package io.tempora.executor.platform;

import java.net.URI;

/**
 * A call to an admin's {@code /api/<path>} ended, accepted or not. Fired by {@link AdminClient} so the
 * heartbeat learns from callbacks whether an admin is away or back.
 */
public record AdminCall(URI admin, String path, boolean accepted) {}
