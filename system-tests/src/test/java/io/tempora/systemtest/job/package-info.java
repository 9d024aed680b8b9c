/** Jobs as a user finds, links, copies and trims them: search, parent → child jobs, copies, run retention. */
package io.tempora.systemtest.job;
