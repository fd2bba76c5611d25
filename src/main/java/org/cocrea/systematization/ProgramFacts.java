package org.cocrea.systematization;

import java.util.List;

/**
 * The program report (issue 9): every state's latest published plan, the same figures side by side,
 * and the states grouped by their support mode (in person, remote, not said). Plain values, drawn
 * by {@link ProgramPdf} and shown by the administrator's page.
 */
public record ProgramFacts(List<StateRow> states, List<ModeRow> modes) {

    /**
     * One state: {@code supportMode} a bundle key ({@code supportMode.IN_PERSON}, …); {@code progress}
     * null when not computable; results as counts over the assessed.
     */
    public record StateRow(String stateName, String supportMode, String planTitle, long commitments, Integer progress,
                           long attendance, long women, long designAssessed, long promising, long resultsAssessed,
                           long strongEarlyResults, long publicLessons) {
    }

    /** The states of one support mode together: means of their plans' progress, attendance per state, shares in percent (null: none to count). */
    public record ModeRow(String supportMode, int states, Integer meanProgress, Long attendancePerState, Integer womenShare,
                          Integer promisingShare, Integer strongShare) {
    }

    /** The states of each mode in the order of {@code modeKeys}, a mode without states left out. */
    public static List<ModeRow> byMode(List<StateRow> states, List<String> modeKeys) {
        return modeKeys.stream().map(mode -> {
            List<StateRow> of = states.stream().filter(s -> s.supportMode().equals(mode)).toList();
            if (of.isEmpty()) {
                return null;
            }
            List<Integer> progress = of.stream().map(StateRow::progress).filter(java.util.Objects::nonNull).toList();
            long attendance = of.stream().mapToLong(StateRow::attendance).sum();
            return new ModeRow(mode, of.size(),
                    progress.isEmpty() ? null : (int) Math.round(progress.stream().mapToInt(Integer::intValue).average().orElse(0)),
                    Math.round((double) attendance / of.size()),
                    share(of.stream().mapToLong(StateRow::women).sum(), attendance),
                    share(of.stream().mapToLong(StateRow::promising).sum(), of.stream().mapToLong(StateRow::designAssessed).sum()),
                    share(of.stream().mapToLong(StateRow::strongEarlyResults).sum(),
                            of.stream().mapToLong(StateRow::resultsAssessed).sum()));
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static Integer share(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
