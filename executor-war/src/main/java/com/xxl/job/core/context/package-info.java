/**
 * XXL-JOB's glue API, written anew for Tempora from XXL-JOB's documented class and method names (no
 * XXL-JOB code), so Groovy glue written for XXL-JOB runs unchanged on a Tempora executor: {@code
 * XxlJobHelper} (params, shards, log, result) here, {@code IJobHandler} and the older 2.x names ({@code
 * ReturnT}, {@code XxlJobLogger}, {@code ShardingUtil}) beside it. The package names are the ones such glue
 * imports. The executor sets the run's context around each {@code execute()}.
 */
package com.xxl.job.core.context;
