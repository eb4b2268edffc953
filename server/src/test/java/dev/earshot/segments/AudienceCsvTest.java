package dev.earshot.segments;

import static dev.earshot.segments.AudiencesTest.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Events;
import dev.earshot.testkit.Listen;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceCsvTest {
    static final List<String> HOSTILE = List.of("fan,\"one\" 🎸", "two\nlines", "=cmd()", " padded ");

    @TempDir
    Path dir;

    @Test
    void parsesBackToTheSameMembersWithHostileIds() throws Exception {
        List<Listen> listens = new ArrayList<>();
        for (String id : HOSTILE) {
            listens.addAll(AudiencesTest.three(id, l -> l));
        }
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", Events.CLOCK)) {
            w.write(Stored.of(listens), List.of());
            Rule all = AudiencesTest.rule().build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AudienceCsv(new Audiences(w)).write(all, DAY, out);
            List<AudienceMember> expected = new ArrayList<>();
            new Audiences(w).members(all, DAY, expected::add);

            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("user_id,matching_listens,country,platform,mean_engagement\n");
            try (MappingIterator<AudienceMember> rows = AudienceCsv.mapper().readerFor(AudienceMember.class)
                    .with(AudienceCsv.schema()).readValues(out.toByteArray())) {
                List<AudienceMember> parsed = rows.readAll();
                assertThat(parsed).containsExactlyElementsOf(expected);
                assertThat(parsed).extracting(AudienceMember::userId).containsExactlyInAnyOrderElementsOf(HOSTILE);
            }
        }
    }
}
