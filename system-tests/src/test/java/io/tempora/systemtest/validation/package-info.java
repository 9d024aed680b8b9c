/** What the API refuses: bad input, unknown ids and missing credentials, answered as problem documents. */
package io.tempora.systemtest.validation;
