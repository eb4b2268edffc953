package dev.earshot.sources;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The set-up every scrobbler protocol's replay shares: a fresh {@link ScrobblerServer} per test, and its "now". */
abstract class ScrobblerCase {
    @TempDir
    Path dir;
    ScrobblerServer s;
    /** The epoch second the test's listens are stamped against: the server checks them against its own clock. */
    long now;

    @BeforeEach
    void start() {
        s = ScrobblerServer.start(dir);
        now = ScrobblerServer.NOW;
    }

    @AfterEach
    void stop() {
        s.close();
    }
}
