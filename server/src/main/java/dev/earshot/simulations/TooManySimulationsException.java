package dev.earshot.simulations;

/** A new feed was asked for while {@value SimulationService#MAX_RUNNING} are running. */
public final class TooManySimulationsException extends RuntimeException {
    public TooManySimulationsException() {
        super(SimulationService.MAX_RUNNING + " simulations are already running; stop one first");
    }
}
