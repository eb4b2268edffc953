package dev.earshot.importjobs;

import dev.earshot.imports.CrossSourceMerge;
import dev.earshot.imports.Export;
import dev.earshot.imports.FormatDetector;
import dev.earshot.imports.ListenEvents;
import dev.earshot.imports.OpenedExport;
import dev.earshot.imports.Readers;
import dev.earshot.imports.TrackResolver;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.event.TrackMetadata;
import dev.earshot.event.ValidationRules;
import dev.earshot.ingest.IngestService;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import dev.earshot.threads.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports listening-history exports: opens what was given, routes each entry to its reader, and stores the
 * listens through the one writer (never a connection of its own), one import at a time on a thread of its own.
 * When an import ends, {@code afterImport} folds it into the rollups and the per-user copy, so that the
 * statistics that read those include it at once (they include it before, too, from the unrolled tail).
 */
public final class ImportService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    public static final int KEEP_JOBS = 100;

    private final Readers readers;
    private final IngestService ingest;
    private final SqlReader reader;
    private final TrackAliases aliases;
    private final Consumer<Map<String, TrackMetadata>> catalog;
    private final Runnable afterImport;
    private final ListenEvents mapper;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.factory("earshot-import"));
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ImportJobTable table;
    private volatile boolean closing;
    private TrackResolver resolver;

    public ImportService(Readers readers, IngestService ingest, SqlReader reader, SqlWriter writer,
                         Consumer<Map<String, TrackMetadata>> catalog, Runnable afterImport, ValidationRules rules,
                         Pseudonyms pseudonyms, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.readers = readers;
        this.ingest = ingest;
        this.reader = reader;
        this.aliases = new TrackAliases(reader, writer);
        this.catalog = catalog;
        this.afterImport = afterImport;
        this.mapper = new ListenEvents(rules);
        this.clock = clock;
        this.table = new ImportJobTable(reader, writer);
        table.interruptLeftovers(clock.instant());
    }

    /**
     * Queues an import of {@code files} (their names as given in {@code names}) and answers at once; the files
     * are deleted when it ends when {@code ownedDir} is not null (an upload spooled there).
     */
    public ImportJob start(ImportRequest request, List<Path> files, List<String> names, Path ownedDir) {
        ImportJob job = register(request);
        worker.execute(() -> {
            try {
                run(job, files, names);
            } finally {
                if (ownedDir != null) {
                    deleteQuietly(ownedDir);
                }
            }
        });
        return job;
    }

    /** Imports {@code files} on the caller's thread and answers when done: the CLI's way on a stopped server. */
    public ImportJob runNow(ImportRequest request, List<Path> files, Consumer<ImportJob> progress) {
        ImportJob job = register(request);
        Thread watcher = Threads.start("earshot-import-progress", () -> watch(job, progress));
        try {
            run(job, files, null);
        } finally {
            watcher.interrupt();
        }
        return job;
    }

    /** An import of this process as it stands, else one of an earlier run as it ended (or was interrupted). */
    public Optional<ImportJob.Status> status(String id) {
        ImportJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        return job != null ? Optional.of(job.status()) : table.find(id);
    }

    private ImportJob register(ImportRequest request) {
        ImportJob job = new ImportJob("imp-" + UUID.randomUUID().toString().substring(0, 13), request, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEEP_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        save(job);
        return job;
    }

    /** Queues the job's status for the table; a failed save is logged, never a reason to stop the import. */
    private CompletableFuture<Void> save(ImportJob job) {
        return table.save(job.status(), pseudonyms.of(job.request().userId()), KEEP_JOBS).whenComplete((ok, e) -> {
            if (e != null) {
                LOG.warn("could not record the state of import {}", job.id(), e);
            }
        });
    }

    private synchronized void run(ImportJob job, List<Path> files, List<String> names) {
        ImportBatcher batcher = null;
        try (OpenedExport opened = OpenedExport.open(files, names)) {
            FormatDetector.Plan plan = new FormatDetector(readers).plan(opened.export(), job.request().format());
            job.running(plan.routes().size());
            job.tally().unrecognised(plan.unrecognised());
            save(job);
            batcher = batcher(job);
            for (FormatDetector.Route route : plan.routes()) {
                read(job, route, opened.export(), batcher);
            }
            batcher.finish();
            afterImport.run();
            job.finished(clock.instant());
        } catch (RuntimeException e) {
            if (batcher != null) {
                batcher.abandon();
            }
            if (closing) {
                LOG.warn("import {} interrupted by the shutdown", job.id());
                job.interrupted(clock.instant());
            } else {
                LOG.error("import {} failed", job.id(), e);
                job.failed(e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
            }
        }
        try {
            save(job).join();
        } catch (RuntimeException e) {
            // logged by save: the answer of this process's GET stands, only a restart would not know it
        }
    }

    private ImportBatcher batcher(ImportJob job) {
        if (resolver == null) {
            resolver = new TrackResolver();
            aliases.loadInto(resolver);
        }
        // The listener as the warehouse keeps them (a pseudonym when the server pseudonymises ids).
        String stored = pseudonyms.of(job.request().userId());
        CrossSourceMerge merge = new CrossSourceMerge(job.request().mergeWindow());
        new StoredPlays(reader).loadInto(merge, stored);
        return new ImportBatcher(job.id(), stored, job.request(), job.tally(), resolver, merge, mapper, ingest,
                aliases, catalog, () -> save(job), clock);
    }

    /** One entry; a file unreadable as a whole is reported and the import goes on with the next one. */
    private static void read(ImportJob job, FormatDetector.Route route, Export export, ImportBatcher batcher) {
        String name = route.entry().name();
        job.reading(name);
        job.tally().file(name, route.reader().format());
        batcher.file(name);
        try {
            route.reader().read(route.entry(), export, job.request().options(), batcher);
        } catch (IOException | UncheckedIOException e) {
            job.tally().rejected(name, -1, "file", "the file could not be read: " + e.getMessage());
        }
        job.fileDone();
    }

    private static void watch(ImportJob job, Consumer<ImportJob> progress) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                progress.accept(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the uploaded files in {}", dir, e);
        }
    }

    /** Interrupts a running import, which records itself as interrupted; gives it a moment to say so. */
    @Override
    public void close() {
        closing = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
