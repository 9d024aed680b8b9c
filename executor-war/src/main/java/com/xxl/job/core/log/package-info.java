/** XXL-JOB 2.x's {@code XxlJobLogger} under the name older glue imports; see {@code com.xxl.job.core.context}. */
package com.xxl.job.core.log;
