/**
 * The {@code bench} command: drives a running Tempora through the generated admin client and reports
 * how fast triggers are accepted, how fast runs complete end to end, and their latency.
 */
package io.tempora.bench;
