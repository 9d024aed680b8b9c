/**
 * The admin's side of the executor protocol: one keep-alive HTTP client for every call to executors
 * (trigger, batch trigger, probes, run status, logs). Every answer is handed to a container thread
 * before anyone sees it, so no caller ever runs on a bare JDK thread.
 */
package io.tempora.admin.executor;
