package dev.earshot.stream.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.stream.JobSinks;
import dev.earshot.stream.demo.Demo;
import dev.earshot.stream.demo.DemoReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job (the demo's path: broker, duplicates, late arrivals, parallelism 2) writing BigQuery and PostgreSQL
 * beside the lake: both warehouses hold exactly the lake's rows, which equal the single-machine path's.
 */
class JobExportsIT {
    @TempDir
    Path dir;

    @Test
    void theWarehousesHoldTheLakesRows() throws Exception {
        // Skipped on a developer machine without the server; in CI (.ci/run installs it) a missing server fails.
        assertThat(PostgresServer.installed() || System.getenv("CI") == null).as("PostgreSQL in CI").isTrue();
        assumeTrue(PostgresServer.installed(), "no PostgreSQL server in " + PostgresServer.BIN + ": skipped");
        try (PostgresServer pg = PostgresServer.start(); BigQueryWriteServer bigquery = BigQueryWriteServer.accepting()) {
            DemoReport report = Demo.run(2_000, 42, 2, dir, List.of(
                    new JobSinks.Export("postgres", new PostgresSink(new PostgresTarget(pg.url(), "events", 200))),
                    new JobSinks.Export("bigquery", new BigQuerySink(
                            new BigQueryTarget("earshot-test.listening.events", bigquery.endpoint(), true, 200)))));
            assertThat(report.equal()).as(report.toString()).isTrue();

            List<List<Object>> lake;
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + dir.resolve("lake/events")
                         + "/*/*.parquet', hive_partitioning = false) ORDER BY event_id, ts")) {
                lake = ExportRows.read(rs);
            }
            assertThat(lake).hasSize((int) report.lakeRows());
            try (Connection c = pg.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM events ORDER BY event_id, ts")) {
                assertThat(ExportRows.read(rs)).containsExactlyElementsOf(lake);
            }
            assertThat(bigquery.rows()).containsExactlyElementsOf(lake);
        }
    }
}
