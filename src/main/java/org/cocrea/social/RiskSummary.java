package org.cocrea.social;

import java.util.List;

/**
 * What the public reads of a risk: its program, dimension, current level, trend and score history,
 * and its description only when the secretariat made it public (else null). Never the controls, the
 * evidence, what each review said or who reviewed.
 */
public record RiskSummary(long id, long programId, String programName, RiskDimension dimension, String description,
                          RiskLevel current, RiskTrend trend, List<Integer> scoreHistory) {

    static RiskSummary of(ProgramRisk risk) {
        return new RiskSummary(risk.getId(), risk.getProgram().getId(), risk.getProgram().getName(), risk.getDimension(),
                risk.publicDescription(), risk.current(), risk.trend(), List.copyOf(risk.scoreHistory()));
    }
}
