/**
 * The cluster proof: two admin nodes and an executor on a database of the test's own, through a
 * kill -9, a graceful restart and a database outage, judged from the database and the executor's own
 * record of what it ran.
 */
package io.tempora.systemtest.cluster;
