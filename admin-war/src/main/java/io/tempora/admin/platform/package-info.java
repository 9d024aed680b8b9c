/**
 * What every feature of the admin stands on: the JAX-RS application and its JSON mapping, the
 * problem+json error family, the data source with its migrations, the clock, configuration and the
 * secrets kept in the data directory.
 */
package io.tempora.admin.platform;
