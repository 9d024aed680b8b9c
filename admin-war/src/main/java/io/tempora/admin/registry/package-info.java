/**
 * The live registry of executors: heartbeats ({@code /api/registry}) and farewells
 * ({@code /api/registryRemove}) from executors, and which addresses of an app are alive, i.e. beat
 * within {@code tempora.registry.dead-after}.
 */
package io.tempora.admin.registry;
