package dev.earshot.imports;

import static dev.earshot.imports.ImportCapture.entry;
import static dev.earshot.imports.ImportCapture.head;
import static dev.earshot.imports.ImportCapture.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Platform;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenBrainzReaderTest {
    private final ListenBrainzReader reader = new ListenBrainzReader();

    @Test
    void recognisesListenFilesButNotTheUserOrFeedbackFiles() {
        assertThat(recognised("listenbrainz/listens/2021/4.jsonl")).isTrue();
        assertThat(recognised("listenbrainz/lucifer_lb-2020-11-05.json")).isTrue();
        assertThat(recognised("listenbrainz/user.json")).isFalse();
        assertThat(recognised("listenbrainz/feedback.jsonl")).isFalse();
    }

    private boolean recognised(String resource) {
        ExportEntry e = entry(resource);
        return reader.recognises(Export.baseName(e.name()), head(e));
    }

    @Test
    void zipMonthFileYieldsListensWithIdsDurationsAndServices() throws IOException {
        ImportCapture sink = read(reader, entry("listenbrainz/listens/2021/4.jsonl", "listens/2021/4.jsonl"));

        assertThat(sink.listens).extracting(ImportedListen::title)
                .containsExactly("Sister", "Some Resolve", "Never Gonna Give You Up", "Hoppípolla", "Midnight City");
        ImportedListen sister = sink.listens.get(0);
        assertThat(sister.startedAt()).isEqualTo(Instant.parse("2021-04-03T18:20:00Z"));
        assertThat(sister.artist()).isEqualTo("The Black Keys");
        assertThat(sister.album()).isEqualTo("El Camino");
        assertThat(sister.durationMs()).isEqualTo(205_000L);
        assertThat(sister.msPlayed()).isNull();
        assertThat(sister.platform()).isEqualTo(Platform.SPOTIFY);
        assertThat(sister.ids()).isEqualTo(new ImportedListen.SourceIds("spotify:track:5pXZ2RNh1U5M9hHtRQCvmr",
                "NLA611100028", "9f0b0b5e-0d5f-4b9a-9c52-0a8f5e6c7d11", null, null));
        assertThat(sister.recordKey()).isEqualTo("2021-04-03T18:20:00Z|d23f4719-9212-49f0-ad08-ddbfbfc50d6f");

        ImportedListen navidrome = sink.listens.get(1);
        assertThat(navidrome.durationMs()).isEqualTo(402_000L); // "duration" is in seconds
        assertThat(navidrome.platform()).isNull(); // no music_service: a local player, service unknown
        assertThat(navidrome.ids().recordingMbid()).isEqualTo("30d08f4c-d825-4ae1-b79c-44242cddd7c0");

        ImportedListen youtube = sink.listens.get(2);
        assertThat(youtube.platform()).isEqualTo(Platform.YOUTUBE_MUSIC);
        assertThat(youtube.ids().youtubeVideoId()).isEqualTo("dQw4w9WgXcQ");
        assertThat(youtube.msPlayed()).isEqualTo(198_000L);
        assertThat(youtube.album()).isNull();

        ImportedListen apple = sink.listens.get(3);
        assertThat(apple.platform()).isEqualTo(Platform.APPLE_MUSIC);
        assertThat(apple.ids().appleMusicId()).isEqualTo("1440815547");
        assertThat(apple.durationMs()).as("'3:45' in free-form additional_info is unknown, not a lost listen").isNull();
        assertThat(apple.ids().spotifyUri()).isNull();

        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "track_metadata.track_name"),
                        org.assertj.core.groups.Tuple.tuple(5L, "record"));
        assertThat(sink.rejected).allSatisfy(r -> assertThat(r.file()).isEqualTo("listens/2021/4.jsonl"));
        assertThat(sink.rejected.get(1).reason()).startsWith("is not valid JSON");
    }

    @Test
    void otherServicesAreOtherAndLineBreaksDoNotMatter() throws IOException {
        ImportCapture sink = read(reader, entry("listenbrainz/listens/2021/5.jsonl"));
        assertThat(sink.listens).extracting(ImportedListen::platform).containsExactly(Platform.DEEZER, Platform.OTHER);
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void olderSingleArrayExportYieldsItsListensAndRejectsTheRest() throws IOException {
        ImportCapture sink = read(reader, entry("listenbrainz/lucifer_lb-2020-11-05.json"));

        assertThat(sink.listens).hasSize(2);
        ImportedListen first = sink.listens.get(0);
        assertThat(first.startedAt()).isEqualTo(Instant.parse("2019-11-02T14:01:00Z"));
        assertThat(first.ids().spotifyUri()).isEqualTo("spotify:track:2VEZx7NWsZ1D0eJ4uv5Fym");
        assertThat(first.recordKey()).isEqualTo("2019-11-02T14:01:00Z|5a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9");
        // The same recording five minutes later is another listen, with another key.
        assertThat(sink.listens.get(1).recordKey()).isNotEqualTo(first.recordKey());

        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "record"),
                        org.assertj.core.groups.Tuple.tuple(3L, "listened_at"));
    }

    @Test
    void reimportingGivesTheSameKeys() throws IOException {
        List<String> once = read(reader, entry("listenbrainz/listens/2021/4.jsonl")).listens.stream()
                .map(ImportedListen::recordKey).toList();
        List<String> again = read(reader, entry("listenbrainz/listens/2021/4.jsonl")).listens.stream()
                .map(ImportedListen::recordKey).toList();
        assertThat(again).isEqualTo(once).doesNotHaveDuplicates();
    }

    @Test
    void aMonthFileWhoseFirstLineIsBrokenStillYieldsTheRest() throws IOException {
        ImportCapture sink = read(reader, entry("listenbrainz/listens/2020/12.jsonl"));
        assertThat(sink.listens).extracting(ImportedListen::title).containsExactly("Ffunny Ffriends");
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "record"));
    }
}
