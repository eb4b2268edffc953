package dev.earshot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Small JSON documents the server keeps beside its database file ({@code earshot.duckdb.state/NAME.json}): what
 * must outlive a restart but is no listening data (the last recommender evaluation, how far the demo load got).
 * They stay out of DuckDB so that writing one never opens a write transaction beside the writer's. Each is
 * replaced atomically, so a crash leaves the old document or the new one, never half of one.
 */
public final class StateFiles {
    /** For servers without a database file of their own (tests, a read-only lake): remembers nothing. */
    public static final StateFiles NONE = new StateFiles(null);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path dir;

    private StateFiles(Path dir) {
        this.dir = dir;
    }

    /** The documents of the database at {@code database}. */
    public static StateFiles beside(Path database) {
        return new StateFiles(database.resolveSibling(database.getFileName() + ".state"));
    }

    /** The document, or empty when none was written (or it cannot be read: it is then rebuilt, not trusted). */
    public <T> Optional<T> read(String name, Class<T> type) {
        if (dir == null || !Files.exists(file(name))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file(name).toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(String name, Object value) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".json.tmp");
            JSON.writeValue(tmp.toFile(), value);
            Files.move(tmp, file(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + name + " beside the database: " + e.getMessage(), e);
        }
    }

    private Path file(String name) {
        return dir.resolve(name + ".json");
    }
}
