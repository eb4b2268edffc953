package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;
import java.io.IOException;

/** Where simulated events go: a file, a running server, a test's list. */
public interface EventSink extends AutoCloseable {
    void accept(ListenEvent event) throws IOException;

    /** Sends or writes whatever is still buffered; called once, after the last event. */
    @Override
    void close() throws IOException;
}
