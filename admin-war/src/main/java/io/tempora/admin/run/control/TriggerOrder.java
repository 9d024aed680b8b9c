package io.tempora.admin.run.control;

import java.util.concurrent.CompletableFuture;

/** One trigger waiting to be stored; {@code runId} completes after the commit that stored it. */
record TriggerOrder(long jobId, String paramsOverride, String addressOverride, CompletableFuture<Long> runId) {}
