package org.cocrea.treasurehunt;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An exercise as its page shows it: teams, questions, the answers by team and question, the
 * recommendations, the scores per question and for the whole exercise, and, for a follow-up, the
 * comparison with its baseline (null otherwise).
 */
public record HuntSheet(TreasureHunt hunt, List<HuntTeam> teams, List<HuntQuestion> questions, List<HuntAnswer> answers,
                        List<HuntRecommendation> recommendations, HuntComparison comparison) implements Serializable {

    public HuntAnswer answer(HuntTeam team, HuntQuestion question) {
        return answers.stream()
                .filter(a -> a.getTeam().getId().equals(team.getId()) && a.getQuestion().getId().equals(question.getId()))
                .findFirst().orElse(null);
    }

    public HuntScore score(HuntQuestion question) {
        return HuntScore.of(answers.stream().filter(a -> a.getQuestion().getId().equals(question.getId()))
                .map(HuntAnswer::finding).toList());
    }

    public HuntScore overall() {
        return HuntScore.of(answers.stream().map(HuntAnswer::finding).toList());
    }

    /** The findings of these answers by question id. */
    static Map<Long, List<Finding>> findingsByQuestion(List<HuntAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(a -> a.getQuestion().getId(),
                Collectors.mapping(HuntAnswer::finding, Collectors.toList())));
    }
}
