package dev.earshot.simulate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.earshot.event.EventJsonWriter;
import dev.earshot.event.ListenEvent;
import java.io.IOException;
import java.io.OutputStream;

/** Writes events as NDJSON, one object per line, in the wire format of {@link EventJsonWriter}. */
public final class NdjsonEventSink implements EventSink {
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private final JsonGenerator g;

    /** The sink closes the stream when it is closed; buffer the stream yourself only if it is slow. */
    public NdjsonEventSink(OutputStream out) throws IOException {
        this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(new SerializedString("\n"));
    }

    @Override
    public void accept(ListenEvent event) throws IOException {
        EventJsonWriter.write(event, g);
    }

    @Override
    public void close() throws IOException {
        g.writeRaw('\n');
        g.close();
    }
}
