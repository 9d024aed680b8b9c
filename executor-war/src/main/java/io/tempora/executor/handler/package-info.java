/**
 * The catalog of handlers this executor can run. Every plugin jar in the plugins directory gets its own
 * class loader whose parent is the WAR's, so plugins share the handler SPI but not each other's
 * libraries; handlers are found with {@link java.util.ServiceLoader} and indexed by name.
 */
package io.tempora.executor.handler;
