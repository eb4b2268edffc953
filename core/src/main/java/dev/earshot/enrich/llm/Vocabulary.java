package dev.earshot.enrich.llm;

import dev.earshot.event.WireEnum;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.Mood;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The only labels Claude may answer with: our genres (the simulator's, which the mood priors and the
 * evaluation also speak) and our four mood quadrants. Anything else in an answer is not ours and is dropped.
 */
final class Vocabulary {
    static final List<String> GENRES = Arrays.stream(Genre.values()).map(WireEnum::wire).toList();
    static final List<String> MOODS = Arrays.stream(Mood.values()).map(WireEnum::wire).toList();
    private static final WireEnum.Lookup<Mood> MOOD_LOOKUP = new WireEnum.Lookup<>(Mood.values());

    private Vocabulary() {
    }

    static boolean isGenre(String label) {
        return GENRES.contains(label);
    }

    static Optional<Mood> mood(String label) {
        return MOOD_LOOKUP.find(label);
    }
}
