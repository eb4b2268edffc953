package dev.earshot.lake;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code serve --lake DIR}: the lake the stream job writes ({@code DIR/events/dt=YYYY-MM-DD/*.parquet}); when not
 * null, the model snapshot the job was started from ({@code earshot models export}), whose catalog gives the lake's
 * tracks their titles and artists (the lake holds events only), and an Earshot database file whose API keys the
 * lake server takes (read once at start: the lake server keeps nothing of its own across restarts).
 */
public record LakeSettings(Path dir, Path models, Path keys) {
    public LakeSettings {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--lake must name the lake's folder (the one holding events/), got " + dir);
        }
        if (models != null && !Files.isRegularFile(models)) {
            throw new IllegalArgumentException("--lake-models must name a model snapshot file, got " + models);
        }
        if (keys != null && !Files.isRegularFile(keys)) {
            throw new IllegalArgumentException("--lake-keys must name an Earshot database file, got " + keys);
        }
    }

    /** The folder of the day partitions, which may not exist yet: a job that has not checkpointed wrote none. */
    Path events() {
        return dir.resolve("events");
    }
}
