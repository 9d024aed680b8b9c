/** Jobs that fire on their own schedule, and stop when disabled. */
package io.tempora.systemtest.schedule;
