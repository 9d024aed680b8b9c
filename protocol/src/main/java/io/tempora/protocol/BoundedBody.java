package io.tempora.protocol;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may be read up to a limit and no further: a body whose length is not declared
 * (chunked) still cannot fill the heap. Reading past the limit throws {@link TooLarge}, which each
 * server answers in its own way (a 413 problem, or the protocol's envelope).
 */
public final class BoundedBody extends FilterInputStream {

  private final long limit;
  private long read;

  public BoundedBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  /**
   * The body of a request that declared {@code length} bytes (-1: not declared), to be read up to
   * {@code limit}.
   *
   * @throws TooLarge at once when the declared length is over the limit
   */
  public static InputStream admit(long length, InputStream body, long limit) {
    if (length > limit) {
      throw new TooLarge(limit);
    }
    return new BoundedBody(body, limit);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw new TooLarge(limit);
    }
  }

  /** The first of a request's causes that is a body over its limit, if any. */
  public static TooLarge causeIn(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof TooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }

  /** A request body over the server's limit. */
  public static final class TooLarge extends RuntimeException {

    public TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes, this server's limit");
    }
  }
}
