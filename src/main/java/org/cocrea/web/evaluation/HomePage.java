package org.cocrea.web.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.evaluation.AssessmentService;

/** /evaluation/: what waits for the evaluator (assessments to do, its drafts, what it reconciles as lead). */
@Named("evaluationHome")
@RequestScoped
public class HomePage {

    @Inject
    private AssessmentService assessments;

    private AssessmentService.Home home;

    public void load() {
        home = assessments.home();
    }

    public AssessmentService.Home getHome() { return home; }
}
