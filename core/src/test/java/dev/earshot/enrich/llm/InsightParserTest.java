package dev.earshot.enrich.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.GenreProbability;
import dev.earshot.vocab.Mood;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightParserTest {
    private static final List<TrackQuestion> ASKED = List.of(new TrackQuestion("a", "A", "X", null),
            new TrackQuestion("b", "B", "Y", "Z"));

    @Test
    void keepsACompleteAnswerWithGenresMostLikelyFirst() {
        InsightParser.Parsed p = parse(track(0, true, "[{\"genre\":\"indie\",\"p\":0.2},{\"genre\":\"rock\",\"p\":0.7}]",
                "energetic", 0.7, 0.8));
        assertThat(p.answered()).containsExactly(new TrackInsight("a",
                List.of(new GenreProbability("rock", 0.7), new GenreProbability("indie", 0.2)), Mood.ENERGETIC, 0.7,
                0.8, "m"));
        assertThat(p.unanswered()).containsOnlyKeys("b").containsValue("missing from the answer");
    }

    @Test
    void refusesLabelsOutsideOurVocabularies() {
        assertThat(reason(track(0, true, genre("polka"), "energetic", 0.7, 0.8))).isEqualTo("unknown or repeated genre label");
        assertThat(reason(track(0, true, genre("rock"), "happy", 0.7, 0.8))).isEqualTo("unknown mood label");
    }

    @Test
    void refusesAMoodThatContradictsItsOwnValenceAndArousal() {
        assertThat(reason(track(0, true, genre("rock"), "calm", 0.7, 0.8)))
                .isEqualTo("the mood label contradicts its valence and arousal");
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThat(reason(track(0, true, genre("rock"), "energetic", 1.3, 0.8)))
                .isEqualTo("valence or arousal missing or outside 0..1");
        assertThat(reason(track(0, true, "[{\"genre\":\"rock\",\"p\":0.8},{\"genre\":\"pop\",\"p\":0.5}]", "energetic",
                0.7, 0.8))).isEqualTo("genre probabilities add up to more than 1");
    }

    @Test
    void takesNothingFromATrackClaudeDoesNotKnow() {
        assertThat(reason(track(0, false, genre("rock"), "energetic", 0.7, 0.8))).isEqualTo("Claude does not know the track");
    }

    @Test
    void refusesTheWholeBatchWhenTheTextIsNotJson() {
        InsightParser.Parsed p = InsightParser.parse("Sure! Here are the genres:", ASKED, "m");
        assertThat(p.answered()).isEmpty();
        assertThat(p.unanswered()).containsOnlyKeys("a", "b");
    }

    @Test
    void ignoresIndexesThatWereNotAskedOrRepeated() {
        String first = track(0, true, genre("rock"), "energetic", 0.7, 0.8);
        String twice = track(0, true, genre("jazz"), "calm", 0.7, 0.2);
        InsightParser.Parsed p = InsightParser.parse("{\"tracks\":[" + first + "," + twice + ","
                + track(7, true, genre("pop"), "energetic", 0.7, 0.8) + "]}", ASKED, "m");
        assertThat(p.answered()).extracting(i -> i.genres().get(0).genre()).containsExactly("rock");
    }

    private static InsightParser.Parsed parse(String track) {
        return InsightParser.parse("{\"tracks\":[" + track + "]}", ASKED, "m");
    }

    private static String reason(String track) {
        return parse(track).unanswered().get("a");
    }

    private static String genre(String name) {
        return "[{\"genre\":\"" + name + "\",\"p\":0.9}]";
    }

    private static String track(int i, boolean known, String genres, String mood, double valence, double arousal) {
        return "{\"i\":" + i + ",\"known\":" + known + ",\"genres\":" + genres + ",\"mood\":\"" + mood
                + "\",\"valence\":" + valence + ",\"arousal\":" + arousal + "}";
    }
}
