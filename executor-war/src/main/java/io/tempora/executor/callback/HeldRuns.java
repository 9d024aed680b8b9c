package io.tempora.executor.callback;

import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The ids of the runs whose results wait for an admin, exact but compact: during a long admin outage
 * they number in the millions, and an admin's run ids come mostly in order, which a compressed bitmap
 * keeps in a bit or two each where a set of boxed longs would take some 80 bytes.
 */
final class HeldRuns {

  private final Roaring64Bitmap ids = new Roaring64Bitmap();

  synchronized void add(long logId) {
    ids.addLong(logId);
  }

  synchronized void remove(long logId) {
    ids.removeLong(logId);
  }

  synchronized boolean contains(long logId) {
    return ids.contains(logId);
  }

  synchronized long count() {
    return ids.getLongCardinality();
  }

  synchronized long bytes() {
    return ids.getLongSizeInBytes();
  }
}
