package org.cocrea.treasurehunt;

/** What one answer contributes to the scores: outcome, format and stars when something was found, minutes taken. */
public record Finding(AnswerOutcome outcome, DataFormat format, Integer stars, Integer minutes) {
}
