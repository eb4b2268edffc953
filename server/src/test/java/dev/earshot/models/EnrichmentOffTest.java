package dev.earshot.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** With enrichment off the models are "off" implementations: nothing built, and asking for one says why. */
class EnrichmentOffTest {
    @Test
    void theCoListeningModelIsNeverBuiltAndHasNothingToGive() {
        assertThat(CoListening.OFF.last()).isNull();
        assertThat(CoListening.OFF.rebuild()).isNull();
        assertThatThrownBy(CoListening.OFF::snapshot).isInstanceOf(EnrichmentOffException.class)
                .hasMessageContaining("--no-enrich");
        assertThatThrownBy(() -> CoListening.OFF.similarTo("t1")).isInstanceOf(EnrichmentOffException.class);
    }

    @Test
    void aBackfillCannotStartOrReport() {
        assertThatThrownBy(() -> Backfill.OFF.start(new BackfillRequest(null, null, true)))
                .isInstanceOf(EnrichmentOffException.class);
        assertThatThrownBy(Backfill.OFF::status).isInstanceOf(EnrichmentOffException.class);
    }
}
