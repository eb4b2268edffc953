package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a world: every listener's stream is generated lazily and the streams are merged by timestamp (ties by
 * user index), so the output is in time order overall and fit to feed a server as if live. Memory stays at
 * one session per listener. The caller owns the sink and closes it.
 */
public final class Simulation {
    private Simulation() {
    }

    /** The world's events in memory, in the order {@link #run} gives them: for evaluations and benchmarks. */
    public static List<ListenEvent> events(World world, TruthRecorder truth) {
        List<ListenEvent> events = new ArrayList<>();
        EventSink collect = new EventSink() {
            @Override
            public void accept(ListenEvent event) {
                events.add(event);
            }

            @Override
            public void close() {
            }
        };
        try {
            run(world, collect, truth);
        } catch (IOException e) {
            throw new UncheckedIOException("a list sink cannot fail", e);
        }
        return events;
    }

    public static Summary run(World world, EventSink sink, TruthRecorder truth) throws IOException {
        long started = System.nanoTime();
        TrackChooser chooser = new TrackChooser(world.catalog().pools(), world.period());
        List<UserStream> streams = new ArrayList<>(world.users().size());
        StreamHeap queue = new StreamHeap(world.users().size());
        for (SimUser user : world.users()) {
            UserStream stream = new UserStream(world, user, chooser, truth);
            streams.add(stream);
            if (stream.hasNext()) {
                queue.push(stream);
            }
        }
        long events = 0;
        while (!queue.isEmpty()) {
            UserStream s = queue.pop();
            sink.accept(s.next());
            events++;
            if (s.hasNext()) {
                queue.push(s);
            }
        }
        long sessions = streams.stream().mapToLong(UserStream::sessions).sum();
        long heldOut = streams.stream().mapToLong(UserStream::heldOutEvents).sum();
        return new Summary(events, heldOut, world.users().size(), sessions, Duration.ofNanos(System.nanoTime() - started));
    }
}
