/**
 * Which executors the admin dispatches to: runs fail at once with the reason when none is alive, and
 * recover when an executor comes back.
 */
package io.tempora.systemtest.registry;
