/** API tokens managed through the API: issue, use, list, revoke, expire. */
package io.tempora.systemtest.security;
