package dev.earshot.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e");
    private static final Set<String> RELEVANT = Set.of("b", "d", "x");

    @Test
    void precisionCountsHitsInTheFirstKOverK() {
        assertThat(RankingMetrics.precision(RANKED, RELEVANT, 5)).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(RankingMetrics.precision(RANKED, RELEVANT, 2)).isCloseTo(1 / 2.0, within(1e-12));
    }

    @Test
    void aShortListCountsItsMissingPlacesAsMisses() {
        assertThat(RankingMetrics.precision(List.of("b"), RELEVANT, 10)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void recallCountsHitsInTheFirstKOverAllRelevant() {
        assertThat(RankingMetrics.recall(RANKED, RELEVANT, 5)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(RankingMetrics.recall(RANKED, RELEVANT, 1)).isZero();
        assertThat(RankingMetrics.recall(RANKED, Set.of(), 5)).isZero();
    }

    @Test
    void ndcgDiscountsHitsByLog2OfRankAndNormalisesByTheIdealOfMinKAndRelevant() {
        // hits at ranks 2 and 4: 1/log2(3) + 1/log2(5); ideal with 3 relevant at k = 5: ranks 1..3
        double dcg = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3) + 1 / log2(4);
        assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 5)).isCloseTo(dcg / ideal, within(1e-12));
        // at k = 2 the ideal holds only two hits, and only the hit at rank 2 counts
        assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 2)).isCloseTo((1 / log2(3)) / (1 + 1 / log2(3)), within(1e-12));
    }

    @Test
    void ndcgIsOneForAPerfectListAndZeroWithoutRelevantItems() {
        assertThat(RankingMetrics.ndcg(List.of("b", "d", "x", "a"), RELEVANT, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcg(RANKED, Set.of(), 5)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
