package dev.earshot.live;

/** One connected dashboard. {@link #send} returns false once the client has gone, so the hub can forget it. */
public interface LiveClient {
    boolean send(String event, String json);

    /** Ends the stream, e.g. at shutdown, so that a graceful stop does not wait for it as for a slow request. */
    void close();
}
