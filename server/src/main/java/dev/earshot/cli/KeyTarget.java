package dev.earshot.cli;

import dev.earshot.auth.KeyStore;
import dev.earshot.auth.Pseudonyms;
import dev.earshot.store.DuckDbWarehouse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the keys command acts: a stopped server's database file, or a running server (which holds the file,
 * so the change must go through it, with an admin key).
 */
final class KeyTarget {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--db", description = "The database file of a stopped server.")
        Path db;

        @Option(names = "--server", description = "A running server's URL, e.g. http://localhost:8000.")
        URI server;
    }

    @Option(names = "--admin-key", defaultValue = "${env:EARSHOT_ADMIN_KEY}",
            description = "With --server: an admin key (env EARSHOT_ADMIN_KEY; the flag shows it in the process list).")
    String adminKey;

    @Option(names = "--pseudonymise-key-file", defaultValue = "${env:EARSHOT_PSEUDONYMISE_KEY_FILE}",
            description = "With --db: the server's pseudonymisation key file, so that --user binds the key to the"
                    + " listener's pseudonym (env EARSHOT_PSEUDONYMISE_KEY_FILE).")
    Path pseudonymiseKeyFile;

    boolean remote() {
        return where.server != null;
    }

    ServerClient client() {
        return new ServerClient(where.server, adminKey);
    }

    /** Opens the file, runs {@code work} on its key store, and closes the file again. */
    <T> T withStore(Function<KeyStore, T> work) {
        Clock clock = Clock.systemUTC();
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(where.db, null, clock)) {
            return work.apply(new KeyStore(warehouse, warehouse, clock,
                    Pseudonyms.from(pseudonymiseKeyFile)));
        }
    }
}
