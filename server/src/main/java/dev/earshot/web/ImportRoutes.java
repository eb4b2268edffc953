package dev.earshot.web;

import dev.earshot.auth.Admission;
import dev.earshot.auth.ApiKey;
import dev.earshot.imports.ImportFormat;
import dev.earshot.importjobs.ImportJob;
import dev.earshot.importjobs.ImportRequest;
import dev.earshot.importjobs.ImportService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * POST /v1/imports: a listening-history export as a multipart upload of one or more files (or zips), or as the
 * raw body of one file ({@code ?name=my_spotify_data.zip}); answers 202 with the import's id at once, the files
 * spooled to disk and read in the background. GET /v1/imports/{id}: its progress and summary.
 * Options as query or form fields: {@code format}, {@code user}, {@code merge_window}, {@code include_incognito},
 * {@code zone}.
 */
final class ImportRoutes {
    private final ImportService imports;

    ImportRoutes(ImportService imports) {
        this.imports = imports;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/imports", this::start);
        routes.get("/v1/imports/{id}", ctx -> ctx.json(imports.status(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no import with id '" + ctx.pathParam("id")
                        + "' (the last " + ImportService.KEEP_JOBS + " imports are kept)"))));
    }

    private void start(Context ctx) throws IOException {
        ImportRequest request = request(ctx);
        Path dir = Files.createTempDirectory("earshot-import-");
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            spool(ctx, dir, files, names);
        } catch (IOException | RuntimeException e) {
            deleteAll(dir);
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "upload_not_received", "the upload did not arrive in full (the connection"
                    + " closed, stalled or was slower than the server's minimum rate)");
        }
        if (files.isEmpty()) {
            deleteAll(dir);
            throw new ApiException(400, "no_files", "send the export as multipart/form-data with one or more files"
                    + " (field 'files'), or as the body with ?name=FILE");
        }
        ImportJob job = imports.start(request, files, names, dir);
        ctx.status(202).header("Location", "/v1/imports/" + job.id()).json(job.status());
    }

    /** The import's options, from the query string or the upload's form fields (blank is missing, as everywhere). */
    private static ImportRequest request(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String user = params.valueOrField("user");
        Optional<ApiKey> key = Admission.keyOf(ctx);
        Optional<String> bound = key.flatMap(ApiKey::userId);
        if (bound.isPresent()) {
            if (user != null && !user.equals(bound.get())) {
                throw new ApiException(403, "wrong_listener", "this key imports only for the listener '" + bound.get() + "'");
            }
            user = bound.get();
        }
        String formatName = params.valueOrField("format");
        Optional<ImportFormat> format = Optional.empty();
        if (formatName != null && !formatName.equals("auto")) {
            format = Optional.of(ImportFormat.fromWire(formatName).orElseThrow(() -> QueryParams.bad("format",
                    "unknown value '" + formatName + "'; expected one of: auto, "
                    + String.join(", ", Arrays.stream(ImportFormat.values()).map(ImportFormat::wire).toList()))));
        }
        Duration window = parsed(params, "merge_window", ImportRequest::parseWindow,
                "must be a duration such as 60s, 2m, 1h, 500ms or PT90S");
        ZoneId zone = parsed(params, "zone", ImportRequest::parseZone, "must be a time zone such as UTC or Europe/Berlin");
        boolean incognito = Boolean.parseBoolean(params.valueOrField("include_incognito"));
        try {
            return new ImportRequest(user, format, window, incognito, zone);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_import", e.getMessage());
        }
    }

    private static <T> T parsed(QueryParams params, String name, Function<String, T> parse, String reason) {
        String value = params.valueOrField(name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw QueryParams.bad(name, reason);
        }
    }

    private static void spool(Context ctx, Path dir, List<Path> files, List<String> names) throws IOException {
        if (ctx.isMultipartFormData()) {
            for (UploadedFile upload : ctx.uploadedFiles()) {
                String name = baseName(upload.filename());
                try (InputStream in = upload.content()) {
                    files.add(copy(in, dir, files.size(), name));
                }
                names.add(name);
            }
            return;
        }
        String name = baseName(new QueryParams(ctx).value("name"));
        try (InputStream in = ctx.req().getInputStream()) {
            files.add(copy(in, dir, 0, name));
        }
        names.add(name);
    }

    private static Path copy(InputStream in, Path dir, int n, String name) throws IOException {
        // The stored name is ours (a number), never the client's text: no path of theirs reaches the disk.
        Path target = dir.resolve(n + (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? ".zip" : ".part"));
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static String baseName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = dev.earshot.imports.Export.baseName(name.strip());
        return base.isEmpty() ? "upload" : base;
    }

    private static void deleteAll(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system cleans it up in the end.
        }
    }
}
