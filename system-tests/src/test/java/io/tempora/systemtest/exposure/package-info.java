/**
 * What the servers show to whoever reaches them: which endpoints answer without credentials, which
 * interfaces they listen on, and who may read the files they write.
 */
package io.tempora.systemtest.exposure;
