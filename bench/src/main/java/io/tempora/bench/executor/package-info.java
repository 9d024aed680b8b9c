/**
 * The {@code bench executor} command: starts its own executor on Payara Micro beside an in-process fake
 * admin, drives {@code /run} directly over the executor protocol and reports how fast runs are accepted
 * and called back, and how much heap an idle per-job worker holds.
 */
package io.tempora.bench.executor;
