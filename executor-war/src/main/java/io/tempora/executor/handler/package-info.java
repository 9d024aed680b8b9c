/**
 * The catalog of handlers this executor can run. Every plugin jar in the plugins directory gets its own
 * class loader (over a private copy of the jar) whose parent is the WAR's, so plugins share the handler
 * SPI but not each other's libraries; handlers are found with {@link java.util.ServiceLoader} and
 * indexed by name. The directory is polled: jars added, replaced or removed take effect without a
 * restart, and each run leases its handler so an old version is destroyed only after its last run.
 */
package io.tempora.executor.handler;
