package dev.earshot.stream;

import java.util.HashSet;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts plays and distinct listeners incrementally, so a window keeps a count and a set of ids, not the plays. */
public final class PlayCounter implements AggregateFunction<DimensionPlay, PlayCounter.Acc, PlayCounter.Acc> {
    private static final long serialVersionUID = 1L;

    /** The running count and listener ids of one window. */
    public static final class Acc {
        public long plays;
        public HashSet<String> listeners = new HashSet<>();
    }

    @Override
    public Acc createAccumulator() {
        return new Acc();
    }

    @Override
    public Acc add(DimensionPlay play, Acc acc) {
        acc.plays++;
        acc.listeners.add(play.userId());
        return acc;
    }

    @Override
    public Acc getResult(Acc acc) {
        return acc;
    }

    @Override
    public Acc merge(Acc a, Acc b) {
        a.plays += b.plays;
        a.listeners.addAll(b.listeners);
        return a;
    }
}
