package io.tempora.admin.run.boundary;

import java.util.List;

/** A page of runs; {@code nextBeforeId} asks for the next one by keyset, null after the last. */
public record RunPage(List<RunView> items, int page, int size, long total, Long nextBeforeId) {}
