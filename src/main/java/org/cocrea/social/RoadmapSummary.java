package org.cocrea.social;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a roadmap's three parts hold, computed (pure): part 1, the risks of the state's programs at
 * their current level, by band, and their heat map; part 2, the recommendations due within the
 * roadmap's period, by answer, with those overdue; part 3, the answers dated within the period and
 * the recommendations implemented.
 */
public record RoadmapSummary(int programs, int risks, Map<RiskBand, Integer> risksByBand, HeatMap heatMap,
                             int recommendations, int unanswered, int overdue, Map<AnswerKind, Integer> byAnswer,
                             int answersInPeriod, int implemented) implements Serializable {

    public static RoadmapSummary of(Roadmap roadmap, int programs, Collection<RiskSummary> risks,
                                    Collection<Recommendation> recommendations, LocalDate today) {
        Map<RiskBand, Integer> bands = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            bands.put(band, 0);
        }
        risks.forEach(risk -> bands.merge(risk.current().band(), 1, Integer::sum));
        List<Recommendation> due = recommendations.stream().filter(r -> roadmap.covers(r.getAnswerDueOn())).toList();
        Map<AnswerKind, Integer> answers = new EnumMap<>(AnswerKind.class);
        for (AnswerKind kind : AnswerKind.values()) {
            answers.put(kind, (int) due.stream().filter(r -> r.getAnswer() == kind).count());
        }
        return new RoadmapSummary(programs, risks.size(), bands, HeatMap.of(risks.stream().map(RiskSummary::current).toList()),
                due.size(), (int) due.stream().filter(r -> !r.isAnswered()).count(),
                (int) due.stream().filter(r -> r.isAnswerOverdue(today)).count(), answers,
                (int) recommendations.stream().filter(r -> roadmap.covers(r.getAnsweredOn())).count(),
                (int) recommendations.stream().filter(r -> r.getFollowUpStatus() == FollowUpStatus.IMPLEMENTED).count());
    }
}
