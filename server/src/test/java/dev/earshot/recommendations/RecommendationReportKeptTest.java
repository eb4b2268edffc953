package dev.earshot.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.eval.RecommendReport;
import dev.earshot.recommend.Recommenders;
import dev.earshot.store.StateFiles;
import dev.earshot.testkit.Events;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a restart the last recommender evaluation is shown at once, not blank until the next one finishes. */
class RecommendationReportKeptTest {
    @TempDir
    Path dir;

    static RecommendReport report() {
        String knn = Recommenders.itemKnn().name();
        return new RecommendReport(Instant.parse("2026-12-01T10:00:00Z"), "spotify", 300, 28, 42, List.of(
                new RecommendReport.ModelFigures("popularity", 0.05, 0.04, 0.06, 290, 12),
                new RecommendReport.ModelFigures(knn, 0.12, 0.10, 0.15, 290, 80)));
    }

    @Test
    void aNewServiceStartsFromTheReportKeptBesideTheDatabase() {
        StateFiles state = StateFiles.beside(dir.resolve("earshot.duckdb"));
        state.write(RecommendationService.REPORT, report());

        RecommendationService restarted = new RecommendationService(null, null, Events.CLOCK, state);

        assertThat(restarted.lastEvaluation()).contains(report());
        assertThat(Files.exists(dir.resolve("earshot.duckdb.state").resolve("recommender-evaluation.json"))).isTrue();
    }

    @Test
    void anUnreadableReportIsIgnoredRatherThanTrusted() throws Exception {
        Path stateDir = Files.createDirectories(dir.resolve("earshot.duckdb.state"));
        Files.writeString(stateDir.resolve("recommender-evaluation.json"), "{not json");

        RecommendationService restarted = new RecommendationService(null, null, Events.CLOCK,
                StateFiles.beside(dir.resolve("earshot.duckdb")));

        assertThat(restarted.lastEvaluation()).isEmpty();
    }
}
