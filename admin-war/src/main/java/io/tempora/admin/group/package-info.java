/**
 * Executor groups: the app name executors register under, how their addresses are found (the live
 * registry or a manual list) and which XXL-JOB dialect they speak. Jobs run on a group.
 */
package io.tempora.admin.group;
