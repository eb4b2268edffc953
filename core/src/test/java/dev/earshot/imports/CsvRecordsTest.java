package dev.earshot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    private static List<List<String>> all(CsvRecords csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws IOException {
        String text = "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n";
        CsvRecords csv = new CsvRecords(new StringReader(text));
        assertThat(csv.next()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(csv.index()).isZero();
        assertThat(csv.raw()).isEqualTo("a,\"b, c\",\"say \"\"hi\"\"\"");
        assertThat(csv.next()).containsExactly("two\nlines", "", "x");
        assertThat(csv.index()).isEqualTo(1);
        assertThat(csv.next()).isNull();
    }

    @Test
    void bomRemovedBlankLinesSkippedLastLineWithoutBreak() throws IOException {
        byte[] bytes = "\uFEFFh1,h2\n\n1,2\r\n\r\n3,4".getBytes(StandardCharsets.UTF_8);
        CsvRecords csv = CsvRecords.utf8(new ByteArrayInputStream(bytes));
        assertThat(all(csv)).containsExactly(List.of("h1", "h2"), List.of("1", "2"), List.of("3", "4"));
        assertThat(csv.index()).isEqualTo(2);
    }

    @Test
    void strayQuoteKeptAndUnclosedQuoteMarksRecordMalformed() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("12\" vinyl,b\n\"open,c\n"));
        assertThat(csv.next()).containsExactly("12\" vinyl", "b");
        assertThat(csv.malformed()).isFalse();
        assertThat(csv.next()).containsExactly("open,c\n");
        assertThat(csv.malformed()).isTrue();
    }

    @Test
    void otherDelimiter() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("a\tb\t\n"), '\t');
        assertThat(csv.next()).containsExactly("a", "b", "");
    }

    @Test
    void aQuoteNeverClosedGivesUpOneRecordAndReadingGoesOn() throws IOException {
        StringBuilder text = new StringBuilder("a,\"never closed\n");
        String line = "x,y\n";
        while (text.length() < CsvRecords.MAX_RECORD_CHARS + 10) {
            text.append(line);
        }
        text.append("after,the break\n");
        CsvRecords csv = new CsvRecords(new StringReader(text.toString()));
        csv.next();
        assertThat(csv.malformed()).isTrue();
        List<List<String>> rest = all(csv);
        assertThat(rest).last().isEqualTo(List.of("after", "the break"));
        assertThat(rest).hasSizeLessThan(5);
    }
}
