package io.ecrhub.protocol.spi.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections a transport (or one server binding) holds, and whether it is closed: what its
 * {@code close()} must close, and what it must refuse afterwards. A connection added while the
 * owner closes is either in the snapshot {@link #closeAll()} returns or refused by {@link #add}, so
 * that none slips through.
 *
 * @param <C> the transport's connection type
 */
public final class OpenConnections<C> {

  private final Set<C> open = ConcurrentHashMap.newKeySet();
  private final Object lifecycle = new Object();
  private boolean closed;

  /**
   * Keeps {@code connection}; false (and nothing kept) once the owner is closed.
   *
   * @param connection a connection just opened
   * @return false when the owner is closed: the caller must then close the connection itself
   */
  public boolean add(C connection) {
    synchronized (lifecycle) {
      if (closed) {
        return false;
      }
      open.add(connection);
      return true;
    }
  }

  /**
   * Forgets a connection that has closed. Does nothing when it is not kept.
   *
   * @param connection the closed connection
   */
  public void remove(C connection) {
    open.remove(connection);
  }

  /**
   * Marks the owner closed and returns the connections to close; empty when it was closed before,
   * so that a second {@code close()} does nothing.
   *
   * @return a snapshot of the connections kept; immutable
   */
  public List<C> closeAll() {
    synchronized (lifecycle) {
      if (closed) {
        return List.of();
      }
      closed = true;
      return List.copyOf(open);
    }
  }

  /**
   * Whether {@link #closeAll()} has run.
   *
   * @return true once the owner is closed
   */
  public boolean isClosed() {
    synchronized (lifecycle) {
      return closed;
    }
  }

  /**
   * How many connections are open now.
   *
   * @return the number kept; still counts those that {@link #closeAll()} returned until they are
   *     removed
   */
  public int size() {
    return open.size();
  }
}
