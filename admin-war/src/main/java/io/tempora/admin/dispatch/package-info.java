/**
 * Dispatch: holds stored runs in a timing wheel until due (only after their transaction committed),
 * routes them to live executors (a small family of routers), sends them through one lane per executor
 * with bounded requests in flight (batches to Tempora executors, one {@code /run} each to XXL-JOB
 * ones) and writes the outcomes in batches. It sends only while this node's cluster lease holds.
 */
package io.tempora.admin.dispatch;
