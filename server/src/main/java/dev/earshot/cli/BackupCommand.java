package dev.earshot.cli;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** earshot backup --to DIR --server URL --admin-key KEY: the running server writes a consistent copy into DIR. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a running server's database into a new folder (on the server's machine), while ingest goes on.")
public final class BackupCommand implements Runnable {
    @Option(names = "--to", required = true, description = "The folder to write the backup into; it must not hold one already.")
    Path to;

    @Option(names = "--server", defaultValue = "http://localhost:8000", description = "The running server's URL.")
    URI server;

    @Option(names = "--admin-key", defaultValue = "${env:EARSHOT_ADMIN_KEY}",
            description = "An admin key (env EARSHOT_ADMIN_KEY; the flag shows it in the process list).")
    String adminKey;

    @Override
    public void run() {
        String body = "{\"to\":" + quote(to.toAbsolutePath().toString()) + "}";
        HttpResponse<String> r = new ServerClient(server, adminKey).send("POST", "/v1/admin/backup", body,
                Duration.ofHours(2));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("the backup was refused (" + r.statusCode() + "): " + r.body());
        }
        System.out.println(r.body());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
