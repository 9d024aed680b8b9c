/**
 * The contract between Tempora's executor and a job handler. A plugin jar implements {@link
 * io.tempora.handler.Handler} and lists its handlers in {@code META-INF/services}; the executor
 * loads each jar in its own class loader and gives every run a {@link io.tempora.handler.RunContext}.
 * Nothing here depends on a container.
 */
package io.tempora.handler;
