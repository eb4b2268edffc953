package dev.earshot.enrich.llm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A daily spending limit (UTC days). The cost of a call is only known from the usage tokens Claude returns, so
 * it is checked before a call and charged after it: the last call of a day may overshoot the budget by one
 * call's cost (a batch is a few thousand tokens, a fraction of a cent on Haiku). Thread-safe, since the
 * worker charges it and metrics read it.
 */
final class CostBudget {
    private final double usdPerDay;
    private final double inputUsdPerMTok;
    private final double outputUsdPerMTok;
    private final Clock clock;
    private LocalDate day;
    private double spentToday;
    private double spentTotal;

    CostBudget(double usdPerDay, double inputUsdPerMTok, double outputUsdPerMTok, Clock clock) {
        this.usdPerDay = usdPerDay;
        this.inputUsdPerMTok = inputUsdPerMTok;
        this.outputUsdPerMTok = outputUsdPerMTok;
        this.clock = clock;
        this.day = today();
    }

    synchronized boolean exhausted() {
        roll();
        return spentToday >= usdPerDay;
    }

    /** Charges a call's usage; returns what it cost. */
    synchronized double charge(long inputTokens, long outputTokens) {
        roll();
        double cost = (inputTokens * inputUsdPerMTok + outputTokens * outputUsdPerMTok) / 1_000_000;
        spentToday += cost;
        spentTotal += cost;
        return cost;
    }

    synchronized double spentToday() {
        roll();
        return spentToday;
    }

    /** Spent since this process started, across days. */
    synchronized double spentTotal() {
        return spentTotal;
    }

    /** When the budget is next renewed. */
    synchronized Instant resetsAt() {
        roll();
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void roll() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            spentToday = 0;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
