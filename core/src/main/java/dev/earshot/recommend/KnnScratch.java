package dev.earshot.recommend;

/**
 * One request's working arrays for item-kNN scoring, sized to the catalog and reused by later requests: only
 * the tracks a request touched are cleared after it, so a request costs its neighbourhood, not the catalog.
 */
final class KnnScratch {
    final float[] scores;
    final float[] strongest;
    final int[] because;
    final boolean[] played;
    final int[] touched;
    int count;

    KnnScratch(int tracks) {
        scores = new float[tracks];
        strongest = new float[tracks];
        because = new int[tracks];
        played = new boolean[tracks];
        touched = new int[tracks];
    }

    /** Adds {@code added} to the track's score, remembering which of the user's tracks gave the most. */
    void add(int track, float added, int from) {
        if (played[track] || added <= 0) {
            return;
        }
        if (scores[track] == 0) {
            touched[count++] = track;
        }
        scores[track] += added;
        if (added > strongest[track]) {
            strongest[track] = added;
            because[track] = from;
        }
    }

    void clear(int[] playedTracks, int from, int to) {
        for (int i = 0; i < count; i++) {
            scores[touched[i]] = 0;
            strongest[touched[i]] = 0;
        }
        count = 0;
        for (int p = from; p < to; p++) {
            played[playedTracks[p]] = false;
        }
    }
}
