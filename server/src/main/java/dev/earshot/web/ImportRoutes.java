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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    private static ImportRequest request(Context ctx) {
        String user = param(ctx, "user");
        Optional<ApiKey> key = Admission.keyOf(ctx);
        Optional<String> bound = key.flatMap(ApiKey::userId);
        if (bound.isPresent()) {
            if (user != null && !user.equals(bound.get())) {
                throw new ApiException(403, "wrong_listener", "this key imports only for the listener '" + bound.get() + "'");
            }
            user = bound.get();
        }
        String formatName = param(ctx, "format");
        Optional<ImportFormat> format = Optional.empty();
        if (formatName != null && !formatName.isBlank() && !formatName.equals("auto")) {
            format = Optional.of(ImportFormat.fromWire(formatName).orElseThrow(() -> new ApiException(400,
                    "invalid_import", "unknown format '" + formatName + "'; expected one of: "
                    + String.join(", ", Arrays.stream(ImportFormat.values()).map(ImportFormat::wire).toList()))));
        }
        String window = param(ctx, "merge_window");
        String zone = param(ctx, "zone");
        try {
            return new ImportRequest(user, format, window == null || window.isBlank() ? null
                    : ImportRequest.parseWindow(window), Boolean.parseBoolean(param(ctx, "include_incognito")),
                    zone == null || zone.isBlank() ? null : ImportRequest.parseZone(zone));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_import", e.getMessage());
        }
    }

    private static String param(Context ctx, String name) {
        String q = ctx.queryParam(name);
        if (q != null || !ctx.isMultipartFormData()) {
            return q;
        }
        return ctx.formParam(name);
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
        String name = baseName(ctx.queryParam("name"));
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
