package io.tempora.admin.dispatch.control;

import io.tempora.protocol.FailureText;
import io.tempora.admin.executor.ExecutorClient;
import io.tempora.protocol.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * FAILOVER and BUSYOVER: asks the live executors one after another, without blocking a thread, and
 * settles on the first that answers yes. The answer names every refusal when none does.
 */
@ApplicationScoped
public class ProbingRoute {

  @Inject ExecutorClient client;

  public CompletableFuture<Choice> choose(List<String> addresses, Probe probe, long jobId) {
    return ask(addresses, 0, probe, jobId, new ArrayList<>());
  }

  private CompletableFuture<Choice> ask(List<String> addresses, int index, Probe probe, long jobId, List<String> refusals) {
    if (index == addresses.size()) {
      return CompletableFuture.completedFuture(Choice.none(String.join("; ", refusals)));
    }
    String address = addresses.get(index);
    return client.probe(address, probe.path(), probe.body(jobId))
        .handle((reply, failure) -> failure == null && reply.succeeded() ? null : refusal(address, reply, failure))
        .thenCompose(refusal -> {
          if (refusal == null) {
            return CompletableFuture.completedFuture(Choice.of(address));
          }
          refusals.add(refusal);
          return ask(addresses, index + 1, probe, jobId, refusals);
        });
  }

  private static String refusal(String address, Reply<Void> reply, Throwable failure) {
    return address + " " + (failure != null ? "unreachable (" + FailureText.of(failure) + ")" : "said " + reply.msg());
  }

  /** The executor to send the run to, or why there is none. */
  public record Choice(String address, String refusals) {

    static Choice of(String address) {
      return new Choice(address, null);
    }

    static Choice none(String refusals) {
      return new Choice(null, refusals);
    }

    public boolean found() {
      return address != null;
    }
  }
}
