/**
 * How admins learn this executor exists and is alive: a registration heartbeat to every admin at start
 * and then every beat interval, a farewell at shutdown, and the {@code /beat} endpoint admins probe
 * before routing a run here.
 */
package io.tempora.executor.registry;
