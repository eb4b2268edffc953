package dev.earshot.support;

import dev.earshot.store.StoredEvent;
import dev.earshot.testkit.Listen;
import java.util.List;

/** The test kit's listens as the warehouse keeps them: the event, its receipt and its insight. */
public final class Stored {
    private Stored() {
    }

    public static StoredEvent of(Listen listen) {
        return new StoredEvent(listen.event(), listen.receivedAt(), listen.enrichment());
    }

    /** The listens as stored events, in order. */
    public static List<StoredEvent> of(List<Listen> listens) {
        return listens.stream().map(Stored::of).toList();
    }
}
