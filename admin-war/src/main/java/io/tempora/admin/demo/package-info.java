/**
 * The demo a new user sees on first start ({@code tempora.demo.enabled=true}, set by {@code
 * ./tempora start}): an executor group for the bundled executor and a cron job that echoes every 5 s.
 */
package io.tempora.admin.demo;
