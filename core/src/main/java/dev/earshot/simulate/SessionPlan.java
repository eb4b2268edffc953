package dev.earshot.simulate;

/** A session the planner intends: when it starts (epoch millis) and why. */
record SessionPlan(long startMillis, ListeningContext context) {
}
