package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    @Test
    void drawsEachIndexInProportionToItsWeight() {
        double[] weights = {5, 0, 1, 3, 1};
        AliasTable table = new AliasTable(weights);
        SplittableRandom r = new SplittableRandom(1);
        double[] counts = new double[weights.length];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts[table.draw(r)]++;
        }
        for (int i = 0; i < weights.length; i++) {
            assertThat(counts[i] / n).isCloseTo(weights[i] / 10, within(0.01));
        }
    }
}
