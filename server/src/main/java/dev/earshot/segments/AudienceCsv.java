package dev.earshot.segments;

import dev.earshot.analytics.Range;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A segment's members as CSV with a header row: user_id, matching_listens, country, platform,
 * mean_engagement. Quoting is Jackson's (RFC 4180), so ids with commas, quotes or line breaks survive.
 */
public final class AudienceCsv {
    private static final CsvMapper MAPPER = mapper();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(AudienceMember.class).withHeader();

    private final Audiences audiences;

    public AudienceCsv(Audiences audiences) {
        this.audiences = audiences;
    }

    public void write(Rule rule, Range range, OutputStream out) {
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(out)) {
            audiences.members(rule, range, member -> write(rows, member));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(SequenceWriter rows, AudienceMember member) {
        try {
            rows.write(member);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvMapper mapper() {
        CsvMapper mapper = new CsvMapper();
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return mapper;
    }

    /** The schema rows are written with, for readers that parse an export back. */
    public static CsvSchema schema() {
        return SCHEMA;
    }
}
