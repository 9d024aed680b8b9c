/**
 * Admin nodes in one cluster, coordinated through the database alone: each node bumps a beat counter
 * every half second, watches the others' counters on its own clock, declares a silent node dead with a
 * conditional update (which fences the dead node off) and takes over the runs it had claimed but not
 * sent. A node sends runs only while its own lease — its last successful beat plus less than the time
 * others wait before declaring it dead — holds.
 */
package io.tempora.admin.cluster;
