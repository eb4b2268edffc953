package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;

/** Receives what only the simulator knows while it runs: each session's true context and the held-out listens. */
public interface TruthRecorder {
    TruthRecorder NONE = new TruthRecorder() {
        @Override
        public void session(SimUser user, Session session) {
        }

        @Override
        public void heldOut(SimUser user, ListenEvent event) {
        }
    };

    void session(SimUser user, Session session);

    /** An event of a held-out session; it never reaches the event output. */
    void heldOut(SimUser user, ListenEvent event);
}
