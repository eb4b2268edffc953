package dev.earshot.app;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.importjobs.ImportJob;
import dev.earshot.importjobs.ImportRequest;
import dev.earshot.importjobs.ImportService;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
import dev.earshot.store.DuckDbWarehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code earshot import --db FILE}: imports into a stopped server's file with the same writer, dedupe, enrichment
 * and import code a running server uses (only one process may write the file: a running server refuses this and
 * takes the import over HTTP instead). The rollups and the per-user copy catch up when the server next starts.
 */
public final class OfflineImport {
    private OfflineImport() {
    }

    public static ImportJob run(Path database, Pseudonyms pseudonyms, ImportRequest request, List<Path> files,
                                Consumer<ImportJob> progress, Clock clock) {
        EarshotConfig config = EarshotConfig.defaults(database);
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database, null, clock)) {
            IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
            GroupCommitWriter writer = new GroupCommitWriter(warehouse, config.writer(), metrics);
            try {
                Catalog catalog = new Catalog();
                warehouse.tracks(catalog::upsert);
                IngestService ingest = new IngestService(new EventParser(config.maxEventsPerRequest()),
                        new EventValidator(config.validation()), new DedupeIndex(warehouse,
                        config.dedupeMaxResidentIds()), writer, metrics, clock, config.ackTimeout(),
                        new EnrichmentPipeline(catalog), pseudonyms);
                try (ImportService imports = Earshot.imports(config, warehouse, ingest, catalog, pseudonyms, () -> { },
                        clock)) {
                    return imports.runNow(request, files, progress);
                }
            } finally {
                writer.close();
            }
        }
    }
}
