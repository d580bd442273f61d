package org.waymark.assessment.internal;

import java.util.List;

/** What an administrator sets on an assessor's profile, already read from the form. */
public record ProfileDetails(String awardPathway, String institution, List<String> specialisms, int capacityPerRound,
                             int timesAsSecond) {
}
