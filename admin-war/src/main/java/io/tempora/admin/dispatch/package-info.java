/**
 * Dispatch: choosing a live executor for a run (a small family of routers), sending it the XXL-JOB
 * trigger over one keep-alive HTTP client, and recording the outcomes in batches. A run that no
 * executor takes fails at once with the reason.
 */
package io.tempora.admin.dispatch;
