package org.waymark.framework;

import java.time.Period;

/**
 * One outcome of an assessment. A referral lets the candidate resubmit within {@code referralPeriod}; the other
 * results have none (null).
 */
public record Outcome(String key, String name, Result result, Period referralPeriod) {

    public enum Result {
        PASS, REFERRAL, FAIL
    }

    public boolean passes() {
        return result == Result.PASS;
    }

    public boolean refers() {
        return result == Result.REFERRAL;
    }
}
