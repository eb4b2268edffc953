package dev.earshot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void behavesLikeASetThroughGrowth() {
        LongHashSet set = new LongHashSet(4);
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextLong(20_000) - 10_000;
            assertThat(set.add(key)).isEqualTo(reference.add(key));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (long k = -10_000; k < 10_000; k++) {
            assertThat(set.contains(k)).isEqualTo(reference.contains(k));
        }
    }

    @Test
    void holdsZeroAndItsStandInApart() {
        LongHashSet set = new LongHashSet(8);
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.contains(0)).isTrue();
        assertThat(set.add(0)).isFalse();
    }
}
