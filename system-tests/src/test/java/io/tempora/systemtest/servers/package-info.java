/**
 * Starts the admin and an executor on Payara Micro once per test run, as separate processes against a
 * fresh data directory and the selected database, and hands tests a client pointed at them. Tests get
 * the servers through {@link io.tempora.systemtest.servers.SystemTest}.
 */
package io.tempora.systemtest.servers;
