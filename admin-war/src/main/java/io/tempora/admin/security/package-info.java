/**
 * Who may call the admin. REST callers present an API token as a bearer token (only its SHA-256 is
 * stored); executors present the shared access token of the XXL-JOB protocol. Both are generated on
 * first start into the data directory; there are no default secrets.
 */
package io.tempora.admin.security;
