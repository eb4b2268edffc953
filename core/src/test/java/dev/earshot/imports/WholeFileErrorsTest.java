package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that is not its format at all fails as a whole, naming the file; odd elements of a good file are rejected one by one. */
class WholeFileErrorsTest {
    @Test
    void aJsonFileThatIsNoArrayFailsNamingTheFile() {
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> read(new SpotifyExtendedReader(), "endsong_0.json", "{\"ts\": \"2019-03-02T08:15:42Z\"}"));
        assertEquals("endsong_0.json", e.file());
        assertTrue(e.getMessage().startsWith("endsong_0.json: is not a JSON array of records (it starts with an object)"),
                e.getMessage());
        assertThrows(ExportFormatException.class, () -> read(new YouTubeMusicReader(), "watch-history.json", "<html>"));
        assertThrows(ExportFormatException.class, () -> read(new SpotifyAccountReader(), "StreamingHistory0.json", ""));
    }

    @Test
    void elementsThatAreNotRecordsAreRejectedAndTheRestRead() throws Exception {
        ImportCapture got = read(new SpotifyAccountReader(), "StreamingHistory0.json",
                "[42, \"text\", [1], {\"endTime\":\"2021-03-01 14:05\",\"artistName\":\"A\",\"trackName\":\"T\",\"msPlayed\":1000}]");
        assertEquals(1, got.listens.size());
        assertEquals(List.of(0L, 1L, 2L), got.rejected.stream().map(ImportCapture.Rejection::index).toList());
        assertEquals("is a number, not a record object", got.rejected.get(0).reason());
        assertEquals("42", got.rejected.get(0).raw());
        assertEquals("is an array, not a record object", got.rejected.get(2).reason());
    }

    @Test
    void anEmptyArrayIsAnEmptyHistory() throws Exception {
        ImportCapture got = read(new YouTubeMusicReader(), "watch-history.json", "[]");
        assertEquals(0, got.listens.size());
        assertEquals(0, got.rejected.size());
    }

    @Test
    void aCsvWithoutTheSongColumnIsNotPlayActivity() {
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> read(new AppleMusicReader(), "Apple Music Play Activity.csv", "Track Description,Date Played\nA - B,20230501\n"));
        assertTrue(e.getMessage().contains("'Song Name' or 'Content Name'"), e.getMessage());
        assertThrows(ExportFormatException.class, () -> read(new AppleMusicReader(), "Apple Music Play Activity.csv", ""));
    }

    private static ImportCapture read(ExportReader reader, String name, String text) throws Exception {
        ExportEntry entry = new ExportEntry() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        ImportCapture capture = new ImportCapture();
        reader.read(entry, new Export(List.of(entry)), ImportOptions.DEFAULTS, capture);
        return capture;
    }
}
