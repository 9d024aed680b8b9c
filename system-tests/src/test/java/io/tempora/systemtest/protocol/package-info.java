/** The XXL-JOB endpoints executors call on the admin refuse callers without the shared access token. */
package io.tempora.systemtest.protocol;
