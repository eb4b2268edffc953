package dev.earshot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void countsNoAnswerAsWrongAndComparesWithTheMostCommonTruth() {
        Tally t = new Tally();
        t.add("calm", "calm");
        t.add("sad", "calm");
        t.add(null, "calm");
        t.add("sad", "sad");

        assertThat(t.accuracy()).isEqualTo(0.5);
        assertThat(t.coverage()).isEqualTo(0.75);
        assertThat(t.majorityBaseline()).isEqualTo(0.75);
    }
}
