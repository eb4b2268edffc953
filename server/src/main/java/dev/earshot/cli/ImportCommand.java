package dev.earshot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.OfflineImport;
import dev.earshot.imports.ImportFormat;
import dev.earshot.importjobs.ImportJob;
import dev.earshot.importjobs.ImportRequest;
import dev.earshot.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * earshot import [FORMAT] FILES...: sends a listening-history export to a running server (the default), or
 * writes it into a stopped server's file ({@code --db}); shows a progress bar and then the summary.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import listening history exports (Spotify, Apple Music, YouTube Music, ListenBrainz, Last.fm,"
                + " Libre.fm, Maloja, .scrobbler.log, catalog CSV): files, folders or zips as downloaded.")
public final class ImportCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "[FORMAT] FILES",
            description = "Optionally a format first (spotify, spotify-account, listenbrainz, lastfm-csv, lastfm-ghan,"
                    + " lastfm-api, librefm, maloja, scrobbler-log, apple-music, youtube-music, catalog; detected"
                    + " when left out), then the files, folders or zips.")
    List<String> args;

    @Option(names = "--user", description = "Whose listens these are (default: me).")
    String user;

    @Option(names = "--merge-window", defaultValue = "60s",
            description = "The same listen from two sources, starting this close, is stored once (default 60s; 0 merges nothing).")
    String mergeWindow;

    @Option(names = "--include-incognito", description = "Import Spotify's incognito plays too.")
    boolean includeIncognito;

    @Option(names = "--zone", description = "The zone of exports whose times carry none (a .scrobbler.log with #TZ/UNKNOWN), e.g. Europe/Berlin (default UTC).")
    String zone;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--server", defaultValue = "http://localhost:8000", description = "The running server's URL.")
    URI server;

    @Option(names = "--key", defaultValue = "${env:EARSHOT_KEY}",
            description = "With --server: a key with the ingest scope (env EARSHOT_KEY).")
    String key;

    @Option(names = "--db", description = "Write into this database file of a stopped server instead.")
    Path db;

    @Option(names = "--pseudonymise-key-file", defaultValue = "${env:EARSHOT_PSEUDONYMISE_KEY_FILE}",
            description = "With --db: the key file of a server that pseudonymises listener ids (as serve takes it).")
    Path pseudonymiseKeyFile;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Optional<ImportFormat> format = Optional.empty();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Path p = Path.of(args.get(i));
            Optional<ImportFormat> f = ImportFormat.fromWire(args.get(i));
            if (i == 0 && f.isPresent() && !Files.exists(p)) {
                format = f;
            } else if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("give at least one file, folder or zip to import");
        }
        ImportRequest request = new ImportRequest(user, format, ImportRequest.parseWindow(mergeWindow),
                includeIncognito, zone == null ? null : ImportRequest.parseZone(zone));
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err);
        JsonNode status = db != null ? local(request, files, bar) : remote(request, files, bar);
        bar.done();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? status.toPrettyString() : ImportReport.text(status));
        out.flush();
        String state = status.path("state").asText();
        if (state.equals("failed") || state.equals("interrupted")) {
            throw new IllegalStateException("the import " + state + ": " + status.path("error").asText());
        }
    }

    private JsonNode local(ImportRequest request, List<Path> files, ProgressBar bar) {
        ObjectMapper mapper = ApiJson.mapper();
        ImportJob job = OfflineImport.run(db, dev.earshot.auth.Pseudonyms.from(pseudonymiseKeyFile), request, files, j -> bar.show(mapper.valueToTree(j.status())),
                Clock.systemUTC());
        return mapper.valueToTree(job.status());
    }

    private JsonNode remote(ImportRequest request, List<Path> files, ProgressBar bar) {
        ServerClient client = new ServerClient(server, key);
        List<Path> upload = new ArrayList<>();
        for (Path p : files) {
            upload.addAll(filesIn(p));
        }
        MultipartUpload body = new MultipartUpload(upload);
        HttpResponse<String> started = client.sendBody("POST", "/v1/imports?" + query(request), body.contentType(),
                body.body(), Duration.ofHours(2));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the server refused the import (" + started.statusCode() + "): " + started.body());
        }
        String id = parse(started.body()).path("id").asText();
        while (true) {
            HttpResponse<String> r = client.send("GET", "/v1/imports/" + id, null, Duration.ofSeconds(30));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("lost the import " + id + " (" + r.statusCode() + "): " + r.body());
            }
            JsonNode status = parse(r.body());
            String state = status.path("state").asText();
            if (state.equals("done") || state.equals("failed") || state.equals("interrupted")) {
                return status;
            }
            bar.show(status);
            sleep();
        }
    }

    /** A folder is sent as the files in it (a server cannot read the client's folders). */
    private static List<Path> filesIn(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (var all = Files.walk(p)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(ImportRequest r) {
        StringBuilder q = new StringBuilder("user=").append(URLEncoder.encode(r.userId(), StandardCharsets.UTF_8))
                .append("&merge_window=").append(r.mergeWindow().toMillis()).append("ms")
                .append("&include_incognito=").append(r.includeIncognito());
        r.format().ifPresent(f -> q.append("&format=").append(f.wire()));
        q.append("&zone=").append(URLEncoder.encode(r.zone().getId(), StandardCharsets.UTF_8));
        return q.toString();
    }

    private static JsonNode parse(String body) {
        try {
            return ApiJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the server answered something that is not JSON: " + body);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
