package org.cocrea.opendata;

import java.util.List;
import org.cocrea.shared.DomainException;

/** An import that did not run, and why: its problems, each where it stands. Nothing was saved. */
public class ImportRefusedException extends DomainException {

    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super("import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
