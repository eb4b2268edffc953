package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.support.Cli;
import dev.earshot.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot keys create|list|revoke} on a stopped server's file and through a running server. */
class KeysCommandIT {
    @TempDir
    Path dir;

    /** Exit code, then stdout, then stderr. */
    private static List<String> run(String... args) {
        return Cli.run(args);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    @Test
    void createsOnAStoppedServersFileAndTheServerTakesTheKey() {
        Path db = dir.resolve("k.duckdb");
        List<String> created = run("keys", "create", "--db", db.toString(), "--scope", "ingest", "--user", "alice",
                "--name", "phone");
        assertThat(created.get(0)).as(created.get(2)).isEqualTo("0");
        String secret = lastLine(created.get(1));
        assertThat(secret).startsWith("esk_");
        List<String> listed = run("keys", "list", "--db", db.toString());
        assertThat(listed.get(1)).contains("ingest").contains("alice").contains("phone").contains("live")
                .doesNotContain(secret);

        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(db).withPort(0).withEnrich(false))) {
            assertThat(server.get("/v1/events").statusCode()).as("a key exists: auth auto is on").isEqualTo(401);
            assertThat(server.request("POST", "/v1/events", "[]", "Content-Type", "application/json",
                    "Authorization", "Bearer " + secret).statusCode()).isNotIn(401, 403);
        }
        String id = listed.get(1).strip().split("\n")[1].split("\\s+")[0];
        assertThat(run("keys", "revoke", "--db", db.toString(), id).get(0)).isEqualTo("0");
        assertThat(run("keys", "list", "--db", db.toString()).get(1)).contains("revoked");
        assertThat(run("keys", "revoke", "--db", db.toString(), "key_nope").get(0)).isEqualTo("1");
    }

    @Test
    void createsListsAndRevokesThroughARunningServerWithAnAdminKey() {
        Path db = dir.resolve("k.duckdb");
        String admin = lastLine(run("keys", "create", "--db", db.toString(), "--scope", "admin").get(1));
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(db).withPort(0).withEnrich(false))) {
            String url = server.uri("").toString();
            List<String> created = run("keys", "create", "--server", url, "--admin-key", admin, "--scope", "read",
                    "--name", "tv");
            assertThat(created.get(0)).as(created.get(2)).isEqualTo("0");
            String read = lastLine(created.get(1));
            assertThat(server.request("GET", "/v1/events", null, "Authorization", "Bearer " + read).statusCode())
                    .isEqualTo(200);
            List<String> refused = run("keys", "create", "--server", url, "--admin-key", read, "--scope", "admin");
            assertThat(refused.get(0)).isEqualTo("1");
            assertThat(refused.get(2)).contains("403").contains("'admin' scope");
            String listed = run("keys", "list", "--server", url, "--admin-key", admin).get(1);
            assertThat(listed).contains("tv").doesNotContain(read);
            String id = listed.lines().filter(l -> l.contains("tv")).findFirst().orElseThrow().split("\\s+")[0];
            assertThat(run("keys", "revoke", "--server", url, "--admin-key", admin, id).get(0)).isEqualTo("0");
            assertThat(server.request("GET", "/v1/events", null, "Authorization", "Bearer " + read).statusCode())
                    .isEqualTo(401);
        }
    }
}
