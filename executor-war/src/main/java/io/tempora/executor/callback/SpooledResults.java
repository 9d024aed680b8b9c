package io.tempora.executor.callback;

import io.tempora.protocol.CallbackResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Results that ended together, under their place in the delivery order. {@code file} is empty when
 * the disk refused them and they live only in memory.
 */
record SpooledResults(long sequence, Optional<Path> file, List<CallbackResult> results) {

  SpooledResults {
    results = List.copyOf(results);
  }

  static SpooledResults inMemory(long sequence, List<CallbackResult> results) {
    return new SpooledResults(sequence, Optional.empty(), results);
  }
}
