/**
 * Spec drift: the OpenAPI document the admin serves (generated from its JAX-RS resources) must offer the
 * operations and parameters that admin.yaml promises, and the executor-facing endpoints of executor.yaml.
 */
package io.tempora.systemtest.spec;
