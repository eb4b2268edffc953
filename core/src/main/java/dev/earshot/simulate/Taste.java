package dev.earshot.simulate;

import dev.earshot.vocab.Genre;
import java.util.SplittableRandom;

/**
 * What a listener likes: a mixture over genres, and a preferred energy and valence. {@link #match} is the
 * simulator's notion of fit, from 0 (nothing they like) to 1 (a favourite genre at the preferred mood).
 */
public final class Taste {
    private final double[] weights;
    private final double[] cumulative;
    private final double max;
    private final double energy;
    private final double valence;

    /** The weights need not sum to one; they are normalised here. */
    Taste(double[] genreWeights, double energy, double valence) {
        double sum = 0;
        for (double w : genreWeights) {
            sum += w;
        }
        this.weights = new double[genreWeights.length];
        double top = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = genreWeights[i] / sum;
            top = Math.max(top, weights[i]);
        }
        this.cumulative = Draw.cumulative(weights);
        this.max = top;
        this.energy = energy;
        this.valence = valence;
    }

    /** The genre's share of this listener's taste; the shares sum to one. */
    public double weight(Genre g) {
        return weights[g.ordinal()];
    }

    public double energy() {
        return energy;
    }

    public double valence() {
        return valence;
    }

    Genre drawGenre(SplittableRandom r) {
        return Genre.byOrdinal(Draw.index(r, cumulative));
    }

    public double match(SimTrack t) {
        double genreFit = weight(t.genre()) / max;
        double moodFit = 1 - 0.7 * Math.abs(t.audio().energy() - energy) - 0.5 * Math.abs(t.audio().valence() - valence);
        return 0.65 * genreFit + 0.35 * Draw.clamp(moodFit, 0, 1);
    }
}
