package io.tempora.executor.run;

/** What a trigger does when its job's worker is busy (running, or with runs queued). */
public enum BlockStrategy {
  SERIAL_EXECUTION {
    @Override
    Admission admit(boolean busy) {
      return Admission.QUEUE;
    }
  },
  DISCARD_LATER {
    @Override
    Admission admit(boolean busy) {
      return busy ? Admission.reject("block strategy effect：Discard Later") : Admission.QUEUE;
    }
  },
  COVER_EARLY {
    @Override
    Admission admit(boolean busy) {
      return busy ? Admission.replace("block strategy effect：Cover Early") : Admission.QUEUE;
    }
  };

  abstract Admission admit(boolean busy);

  /** XXL-JOB admins treat an unknown strategy as serial; so do we. */
  public static BlockStrategy of(String name) {
    for (BlockStrategy strategy : values()) {
      if (strategy.name().equals(name)) {
        return strategy;
      }
    }
    return SERIAL_EXECUTION;
  }

  /** The decision: queue on the current worker, refuse, or stop the current worker and start afresh. */
  record Admission(Verdict verdict, String reason) {

    static final Admission QUEUE = new Admission(Verdict.QUEUE, null);

    static Admission reject(String reason) {
      return new Admission(Verdict.REJECT, reason);
    }

    static Admission replace(String reason) {
      return new Admission(Verdict.REPLACE, reason);
    }
  }

  enum Verdict {
    QUEUE,
    REJECT,
    REPLACE
  }
}
