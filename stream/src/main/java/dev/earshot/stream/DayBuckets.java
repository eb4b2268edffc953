package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import java.time.ZoneOffset;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** The lake's partitions: {@code dt=YYYY-MM-DD}, the UTC day of the event's timestamp (as the dashboard's days). */
final class DayBuckets implements BucketAssigner<StoredEvent, String> {
    private static final long serialVersionUID = 1L;

    static String of(StoredEvent e) {
        return "dt=" + e.event().timestamp().atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Override
    public String getBucketId(StoredEvent e, Context context) {
        return of(e);
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
