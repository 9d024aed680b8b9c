package io.tempora.admin.platform;

import java.util.Set;

/**
 * The XXL-JOB endpoints executors call under {@code /api}. Their callers read only the {@code {code,msg}}
 * envelope, so they are guarded and answered differently from the REST API beside them.
 */
public final class ProtocolPaths {

  private static final Set<String> PATHS = Set.of("registry", "registryRemove", "callback");

  private ProtocolPaths() {}

  /** {@code path} as JAX-RS gives it, relative to {@code /api}, with or without slashes around it. */
  public static boolean contains(String path) {
    String trimmed = path == null ? "" : path.strip();
    int start = 0;
    int end = trimmed.length();
    while (start < end && trimmed.charAt(start) == '/') {
      start++;
    }
    while (end > start && trimmed.charAt(end - 1) == '/') {
      end--;
    }
    return PATHS.contains(trimmed.substring(start, end));
  }
}
