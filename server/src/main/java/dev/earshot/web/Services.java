package dev.earshot.web;

import dev.earshot.analytics.Analytics;
import dev.earshot.auth.Admission;
import dev.earshot.backup.Backups;
import dev.earshot.auth.KeyStore;
import dev.earshot.auth.Pseudonyms;
import dev.earshot.catalog.Track;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.importjobs.ImportService;
import dev.earshot.ingest.IngestService;
import dev.earshot.live.LiveHub;
import dev.earshot.models.EnrichmentBackfill;
import dev.earshot.models.ModelEvaluations;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.rules.RuleStore;
import dev.earshot.segments.Audiences;
import dev.earshot.segments.Presets;
import dev.earshot.simulations.SimulationService;
import dev.earshot.sources.Sources;
import dev.earshot.store.SqlReader;
import dev.earshot.store.Warehouse;
import dev.earshot.users.Compaction;
import dev.earshot.users.UserErasure;
import dev.earshot.users.UserListens;
import dev.earshot.users.UserProfiles;
import dev.earshot.users.UserSearch;
import dev.earshot.users.UserWrapped;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Everything the routes call, built by hand in {@code Earshot.start} and handed to the web server in one
 * piece (the web server builds none of them; {@code clock} is the routes' "now", for default ranges).
 * {@code pseudonyms} turns a user id named in a request into the one the warehouse keeps.
 * {@code enrichment}, {@code compaction}, {@code models} and {@code backfill} are null when enrichment is off.
 * {@code readOnly}: on the lake ({@code serve --lake}), where every write is refused.
 */
public record Services(IngestService ingest, Warehouse warehouse, SqlReader reader, BooleanSupplier writerHealthy,
                       SimulationService simulations, EnrichmentPipeline enrichment, Function<String, Track> catalog,
                       ModelRebuilder models, EnrichmentBackfill backfill, LiveHub live, UserListens userListens,
                       RecommendationService recommendations, Analytics analytics,
                       KeyStore keys, Admission admission, Presets presets, Audiences audiences,
                       UserSearch userSearch, UserProfiles userProfiles, UserWrapped userWrapped,
                       UserErasure userErasure, Compaction compaction, Backups backups,
                       ModelEvaluations evaluations, Clock clock, Sources sources,
                       Pseudonyms pseudonyms, ImportService imports, RuleStore rules, boolean readOnly) {
}
