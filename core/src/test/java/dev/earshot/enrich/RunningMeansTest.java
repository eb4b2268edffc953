package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunningMeansTest {
    @Test
    void isExactUntilItsMemoryIsFullThenMoves() {
        RunningMeans m = new RunningMeans(1, 2);
        m.add(new double[] {1});
        m.add(new double[] {3});
        assertThat(m.mean(0)).isEqualTo(2);

        m.add(new double[] {6});
        // a moving mean of weight 1/2 from here: 2 + (6 − 2) / 2
        assertThat(m.mean(0)).isEqualTo(4);
    }

    @Test
    void unknownValuesLeaveTheirMeanAlone() {
        RunningMeans m = new RunningMeans(2, 10);
        m.add(new double[] {0.5, Double.NaN});

        assertThat(m.mean(0)).isEqualTo(0.5);
        assertThat(m.mean(1)).isNaN();
    }
}
