package dev.earshot.eval;

import dev.earshot.enrich.CoListeningWeights;
import dev.earshot.recommend.Interactions;
import dev.earshot.simulate.GroundTruth;
import dev.earshot.simulate.World;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The test set: per listener, the tracks of their held-out future that they engaged with (completed, or
 * skipped after the early-skip mark) and had not played in the training history, since a recommender never
 * proposes what was played. Listeners unknown to training or with no such track are left out.
 */
final class HeldOutRelevance {
    private HeldOutRelevance() {
    }

    /** Relevant tracks by user id, in the world's user order. */
    static Map<String, Set<String>> of(World world, GroundTruth truth, Interactions train) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < world.users().size(); i++) {
            int user = train.user(world.users().get(i).id());
            if (user < 0) {
                continue;
            }
            Set<String> relevant = new HashSet<>();
            for (GroundTruth.HeldOutListen listen : truth.heldOut(i)) {
                if (CoListeningWeights.weight(listen.outcome(), listen.msPlayed()) > 0 && !played(train, user, listen.trackId())) {
                    relevant.add(listen.trackId());
                }
            }
            if (!relevant.isEmpty()) {
                out.put(world.users().get(i).id(), relevant);
            }
        }
        return out;
    }

    private static boolean played(Interactions train, int user, String trackId) {
        int track = train.track(trackId);
        if (track < 0) {
            return false;
        }
        for (int p = train.byUser().start()[user]; p < train.byUser().start()[user + 1]; p++) {
            if (train.byUser().cols()[p] == track) {
                return true;
            }
        }
        return false;
    }
}
