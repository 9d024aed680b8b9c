/**
 * What every feature of the executor stands on: typed configuration, the one clock, the JSON mapper,
 * the JAX-RS application, the access-token check and the HTTP client that talks to the admins. It
 * also owns start-up, which refuses to bring up an executor that any caller could drive.
 */
package io.tempora.executor.platform;
