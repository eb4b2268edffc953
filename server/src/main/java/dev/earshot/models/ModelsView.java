package dev.earshot.models;

/**
 * GET /v1/models: how good the models are and how fresh. {@code evaluation} is "running" until the figures
 * are in; each part is null until known (the co-listening model after its first rebuild).
 */
public record ModelsView(String evaluation, EnrichmentFigures enrichment, ModelRebuilder.Report similarity) {
}
