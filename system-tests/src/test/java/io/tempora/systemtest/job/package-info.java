/** Jobs as a user finds them: searched by name or handler, filtered by group and state. */
package io.tempora.systemtest.job;
