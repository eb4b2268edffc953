package dev.earshot.enrich.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.vocab.Mood;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Claude's answer for a batch strictly. A track's answer is kept only when it is complete and ours:
 * every genre in our vocabulary, 1–3 distinct genres, each p in 0..1 and together at most 1; valence and
 * arousal in 0..1; a mood label of ours that names the quadrant its own valence and arousal fall in (an answer
 * that contradicts itself is not trusted). Tracks Claude says it does not know, and tracks whose answer fails
 * a check, are left unanswered, as are all of them when the text is not JSON of the expected shape: those fall
 * back to the local models.
 */
final class InsightParser {
    static final int MAX_GENRES = 3;
    /** Slack on "together at most 1", for rounding in the answer. */
    private static final double SUM_SLACK = 0.02;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answered tracks, and why each other track asked was not answered. */
    record Parsed(List<TrackInsight> answered, Map<String, String> unanswered) {
    }

    private InsightParser() {
    }

    static Parsed parse(String text, List<TrackQuestion> asked, String model) {
        Map<String, String> unanswered = new HashMap<>();
        JsonNode tracks;
        try {
            tracks = JSON.readTree(text).path("tracks");
        } catch (JsonProcessingException e) {
            asked.forEach(q -> unanswered.put(q.trackId(), "the answer is not JSON"));
            return new Parsed(List.of(), unanswered);
        }
        List<TrackInsight> answered = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode node : tracks) {
            int i = node.path("i").asInt(-1);
            if (i < 0 || i >= asked.size() || !node.path("i").isIntegralNumber() || !seen.add(i)) {
                continue;
            }
            TrackQuestion q = asked.get(i);
            try {
                answered.add(check(node, q.trackId(), model));
            } catch (Refused r) {
                unanswered.put(q.trackId(), r.getMessage());
            }
        }
        for (int i = 0; i < asked.size(); i++) {
            if (!seen.contains(i)) {
                unanswered.put(asked.get(i).trackId(), "missing from the answer");
            }
        }
        return new Parsed(answered, unanswered);
    }

    private static TrackInsight check(JsonNode node, String trackId, String model) throws Refused {
        refuseIf(!node.path("known").asBoolean(false), "Claude does not know the track");
        List<GenreProbability> genres = genres(node.path("genres"));
        double valence = unit(node.path("valence"));
        double arousal = unit(node.path("arousal"));
        refuseIf(Double.isNaN(valence) || Double.isNaN(arousal), "valence or arousal missing or outside 0..1");
        Mood mood = Vocabulary.mood(node.path("mood").asText("")).orElseThrow(() -> new Refused("unknown mood label"));
        refuseIf(mood != Mood.of(valence, arousal), "the mood label contradicts its valence and arousal");
        return new TrackInsight(trackId, genres, mood, valence, arousal, model);
    }

    /** The genres, most likely first. */
    private static List<GenreProbability> genres(JsonNode array) throws Refused {
        refuseIf(!array.isArray() || array.isEmpty() || array.size() > MAX_GENRES,
                "1 to " + MAX_GENRES + " genres expected");
        List<GenreProbability> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (JsonNode g : array) {
            String name = g.path("genre").asText("");
            double p = unit(g.path("p"));
            refuseIf(!Vocabulary.isGenre(name) || !names.add(name), "unknown or repeated genre label");
            refuseIf(Double.isNaN(p), "a genre probability outside 0..1");
            out.add(new GenreProbability(name, p));
            sum += p;
        }
        refuseIf(sum > 1 + SUM_SLACK, "genre probabilities add up to more than 1");
        out.sort((a, b) -> Double.compare(b.p(), a.p()));
        return out;
    }

    /** The number if it is one within 0..1, else NaN. */
    private static double unit(JsonNode n) {
        if (!n.isNumber()) {
            return Double.NaN;
        }
        double v = n.asDouble();
        return v >= 0 && v <= 1 ? v : Double.NaN;
    }

    private static void refuseIf(boolean refused, String reason) throws Refused {
        if (refused) {
            throw new Refused(reason);
        }
    }

    /** Why one track's answer is not kept; control flow within this parser, so it carries no stack trace. */
    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
