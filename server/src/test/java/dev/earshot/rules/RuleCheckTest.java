package dev.earshot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.rules.CleanupRules.Exclusions;
import dev.earshot.rules.CleanupRules.Merge;
import dev.earshot.rules.CleanupRules.Split;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RuleCheckTest {
    private static CleanupRules checked(CleanupRules rules) {
        return RuleCheck.checked(rules, UnaryOperator.identity());
    }

    private static List<FieldProblem> problems(CleanupRules rules) {
        try {
            checked(rules);
        } catch (InvalidRulesException e) {
            return e.problems();
        }
        throw new AssertionError("the rules were accepted");
    }

    private static Exclusions artists(String... names) {
        return new Exclusions(Arrays.asList(names), null, null, null, null, null, null);
    }

    @Test
    void reportsEveryBadEntryByItsField() {
        List<FieldProblem> problems = problems(new CleanupRules(artists("Beta", " ", "beta ", "x".repeat(300)),
                List.of(new Merge(null, List.of())), null));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("exclude.artists[1]", "exclude.artists[2]",
                "exclude.artists[3]", "merges[0].into", "merges[0].names");
        assertThat(problems.get(1).message()).contains("repeats 'beta'", "exclude.artists[0]");
    }

    @Test
    void storesNamesStrippedAndListenersAsTheWarehouseKeepsThem() {
        CleanupRules rules = RuleCheck.checked(new CleanupRules(new Exclusions(List.of("  Beta "), null,
                List.of("spotify:track:AbC", "spotify:track:abc"), null, List.of("alice"), true, null), null, null),
                id -> "p_" + id);

        assertThat(rules.exclude().artists()).containsExactly("Beta");
        assertThat(rules.exclude().tracks()).as("ids are matched exactly").hasSize(2);
        assertThat(rules.exclude().listeners()).containsExactly("p_alice");
        assertThat(rules.exclude().podcasts()).isTrue();
        assertThat(rules.exclude().audiobooks()).isFalse();
    }

    @Test
    void sourcesAreCheckedAgainstTheOnesEarshotWrites() {
        CleanupRules rules = checked(new CleanupRules(sources(" simulation ", "import:spotify"), null, null));
        assertThat(rules.exclude().sources()).containsExactly("simulation", "import:spotify");

        List<FieldProblem> problems = problems(new CleanupRules(sources("simulated", "import:nope", "", "simulation",
                "simulation"), null, null));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("exclude.sources[0]",
                "exclude.sources[1]", "exclude.sources[2]", "exclude.sources[4]");
        assertThat(problems.get(0).message()).contains("'simulated' is not a source", "simulation", "import:<format>");
    }

    private static Exclusions sources(String... sources) {
        return new Exclusions(null, null, null, null, null, null, null, Arrays.asList(sources));
    }

    @Test
    void aSplitWithoutArtistsTakesThemFromTheCreditAndKeepsKnownNamesWhole() {
        CleanupRules rules = checked(new CleanupRules(null, null, List.of(new Split("Jay-Z feat. Beyoncé & Tyler, The Creator", null))));
        assertThat(rules.splits().get(0).into()).containsExactly("Jay-Z", "Beyoncé", "Tyler, The Creator");

        assertThat(problems(new CleanupRules(null, null, List.of(new Split("Simon & Garfunkel", null)))))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("splits[0].artist");
                    assertThat(p.message()).contains("names one artist only");
                });
        assertThat(problems(new CleanupRules(null, null, List.of(new Split("A & B", List.of("A"))))))
                .extracting(FieldProblem::field).containsExactly("splits[0].into");
    }

    @Test
    void aNameBelongsToOneMergeAndIsEitherMergedOrSplit() {
        List<FieldProblem> problems = problems(new CleanupRules(null,
                List.of(new Merge("Beyoncé", List.of("Beyonce")), new Merge("Queen B", List.of("BEYONCE"))),
                List.of(new Split("Beyonce", List.of("A", "B")))));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("merges[1]", "splits[0].artist");
        assertThat(problems.get(0).message()).contains("merges[0]");
    }

    @Test
    void refusesNullEntriesAndTooManyOfThem() {
        assertThat(problems(new CleanupRules(artists((String) null), Collections.singletonList(null), null)))
                .extracting(FieldProblem::field).containsExactly("exclude.artists[0]", "merges[0]");
        assertThat(problems(new CleanupRules(artists(new String[RuleCheck.MAX_ENTRIES + 1]), null, null)).get(0).field())
                .isEqualTo("exclude.artists");
    }

    @Test
    void splitArtistsGoThroughTheMergesAndMergeTargetsMapToThemselves() {
        ArtistMap map = new ArtistMap(checked(new CleanupRules(null, List.of(new Merge("Beyoncé", List.of("Beyonce"))),
                List.of(new Split("Beyonce & Jay-Z", null)))));

        assertThat(map.rows()).isEqualTo(Map.of("beyoncé", List.of("Beyoncé"), "beyonce", List.of("Beyoncé"),
                "beyonce & jay-z", List.of("Beyoncé", "Jay-Z")));
        assertThat(map.canonical("BEYONCE")).isEqualTo("Beyoncé");
        assertThat(map.canonical("Jay-Z")).isEqualTo("Jay-Z");
    }
}
