/**
 * How admins learn this executor exists, is alive and what it offers: a registration heartbeat to every
 * admin at start and then every beat interval (with its handlers and the Tempora extras it serves), a
 * quick retry to an admin that missed a beat, a beat at once to an admin that answers again, a farewell
 * at shutdown, and the {@code /beat} endpoint admins probe before routing a run here.
 */
package io.tempora.executor.registry;
