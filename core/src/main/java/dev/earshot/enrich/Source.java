package dev.earshot.enrich;

import dev.earshot.event.WireEnum;

/**
 * Where an insight came from: the catalog's own facts, a model over audio features, the track's neighbours,
 * hand-written rules and priors, or a language model.
 */
public enum Source implements WireEnum {
    CATALOG, FEATURES, NEIGHBOURS, RULES, LLM
}
