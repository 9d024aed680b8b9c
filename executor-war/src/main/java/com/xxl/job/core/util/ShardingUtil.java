package com.xxl.job.core.util;

import com.xxl.job.core.context.XxlJobHelper;

/** XXL-JOB 2.x's shard of the current run, as older glue asks for it. */
public final class ShardingUtil {

  private ShardingUtil() {}

  public static ShardingVO getShardingVo() {
    return new ShardingVO(XxlJobHelper.getShardIndex(), XxlJobHelper.getShardTotal());
  }

  public static class ShardingVO {

    private final int index;
    private final int total;

    public ShardingVO(int index, int total) {
      this.index = index;
      this.total = total;
    }

    public int getIndex() { return index; }
    public int getTotal() { return total; }
  }
}
