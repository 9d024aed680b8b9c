/** XXL-JOB's glue base class under the name XXL-JOB glue imports; see {@code com.xxl.job.core.context}. */
package com.xxl.job.core.handler;
