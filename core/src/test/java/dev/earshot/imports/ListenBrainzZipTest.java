package dev.earshot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export zip as ListenBrainz hands it out: each entry is routed by name and head, the listens read. */
class ListenBrainzZipTest {
    private static final List<String> ENTRIES = List.of("user.json", "feedback.jsonl", "listens/2020/12.jsonl",
            "listens/2021/4.jsonl", "listens/2021/5.jsonl");

    @Test
    void everyMonthFileIsReadAndTheOtherFilesAreLeftAlone(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("listenbrainz_lucifer_1700000000.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : ENTRIES) {
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = ImportCapture.entry("listenbrainz/" + name).open()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        ListenBrainzReader reader = new ListenBrainzReader();
        ImportCapture sink = new ImportCapture();
        List<String> unread = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<ExportEntry> entries = Collections.list(file.entries()).stream().map(e -> (ExportEntry) new ExportEntry() {
                @Override
                public String name() {
                    return e.getName();
                }

                @Override
                public InputStream open() throws IOException {
                    return file.getInputStream(e);
                }
            }).toList();
            Export export = new Export(entries);
            for (ExportEntry e : entries) {
                if (reader.recognises(Export.baseName(e.name()), ImportCapture.head(e))) {
                    reader.read(e, export, ImportOptions.DEFAULTS, sink);
                } else {
                    unread.add(e.name());
                }
            }
        }
        assertThat(unread).containsExactly("user.json", "feedback.jsonl");
        assertThat(sink.listens).hasSize(1 + 5 + 2);
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::file)
                .containsExactly("listens/2020/12.jsonl", "listens/2021/4.jsonl", "listens/2021/4.jsonl");
        assertThat(sink.listens).extracting(ImportedListen::recordKey).doesNotHaveDuplicates();
    }

}
