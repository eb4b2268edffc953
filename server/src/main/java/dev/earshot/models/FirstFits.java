package dev.earshot.models;

import dev.earshot.recommendations.RecommendationService;
import dev.earshot.store.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server started empty would otherwise wait for the next scheduled rebuild (10 minutes by default) before
 * its first listening gives similar tracks and recommendations: while a model was fitted on nothing and
 * events are stored, this fits it again. Scheduled every {@link #EVERY_S} seconds; a no-op once both models
 * have learnt from something.
 */
public final class FirstFits implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FirstFits.class);
    public static final long EVERY_S = 60;

    private final Warehouse warehouse;
    private final ModelRebuilder similarity;
    private final RecommendationService recommendations;

    /** {@code similarity} is null when enrichment is off. */
    public FirstFits(Warehouse warehouse, ModelRebuilder similarity, RecommendationService recommendations) {
        this.warehouse = warehouse;
        this.similarity = similarity;
        this.recommendations = recommendations;
    }

    @Override
    public void run() {
        boolean similarityEmpty = similarity != null && (similarity.last() == null || similarity.last().events() == 0);
        boolean recommenderEmpty = recommendations.fittedOnNothing();
        if (!similarityEmpty && !recommenderEmpty || warehouse.countEvents() == 0) {
            return;
        }
        try {
            if (similarityEmpty) {
                similarity.rebuild();
            }
            if (recommenderEmpty) {
                recommendations.refit();
            }
        } catch (RuntimeException e) {
            LOG.error("first model fit failed; trying again in {} s", EVERY_S, e);
        }
    }
}
