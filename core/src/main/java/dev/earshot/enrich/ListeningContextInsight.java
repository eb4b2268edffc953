package dev.earshot.enrich;

import dev.earshot.vocab.ListeningContext;

/** Why the listener is probably listening, with the local time facts it rests on and how sure we are. */
public record ListeningContextInsight(ListeningContext context, TimeOfDay timeOfDay, boolean weekday,
                                      double confidence, Source source) {
}
