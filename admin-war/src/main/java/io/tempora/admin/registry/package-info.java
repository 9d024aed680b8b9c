/**
 * The live registry of executors: heartbeats ({@code /api/registry}) and farewells
 * ({@code /api/registryRemove}) from executors, and which addresses of an app are alive, i.e. beat
 * within {@code tempora.registry.dead-after}, with the optional endpoints each announced. Dispatch reads
 * a snapshot refreshed in the background, never the database.
 */
package io.tempora.admin.registry;
