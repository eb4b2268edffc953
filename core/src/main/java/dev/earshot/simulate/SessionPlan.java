package dev.earshot.simulate;

import dev.earshot.vocab.ListeningContext;

/** A session the planner intends: when it starts (epoch millis) and why. */
record SessionPlan(long startMillis, ListeningContext context) {
}
