package io.tempora.admin.dispatch.control;

import java.util.List;

/** Picks the executor for one run among the live addresses (never empty, sorted). */
public sealed interface Router
    permits FirstRouter, LastRouter, RoundRouter, RandomRouter, ConsistentHashRouter, LeastFrequentlyUsedRouter,
        LeastRecentlyUsedRouter {

  String route(long jobId, List<String> addresses);
}
