/**
 * The listening simulator: a world generated from a seed (genres, artists and tracks with audio features and a
 * long-tail popularity, emerging artists, listeners with tastes, home cities and daily rhythms) and the events
 * those listeners produce, with the ground truth the events do not carry.
 *
 * <p>How a run goes: {@link dev.earshot.simulate.World#generate} builds the world; {@link
 * dev.earshot.simulate.Simulation#run} plays every listener's sessions lazily, one session at a time, each from
 * the listener's own random stream, and merges the streams by timestamp (ties by user index). The output is
 * therefore in timestamp order overall, ready to feed a server, and the same seed and config give the same
 * bytes. Sessions starting in the last {@code holdoutDays} of the period are held out: their listens go to
 * {@link dev.earshot.simulate.GroundTruth} for recommendation evaluation, never to the event output.
 *
 * <p>The model, briefly: a session's start hour follows the listener's weekday or weekend rhythm in local
 * time; its context (commute, workout, focus, relax, party, sleep) follows the hour and day; each track's genre
 * follows the listener's taste (8% exploration), the context picks the best fit of three popular candidates,
 * and a fifth of plays return to the listener's favourites. Taste mismatches are skipped more, and earlier;
 * strong matches are liked and shared more. Emerging artists' share of plays grows with the square of time.
 */
package dev.earshot.simulate;
