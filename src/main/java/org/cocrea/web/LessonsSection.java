package org.cocrea.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.cocrea.systematization.LessonLink;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonService;

/** The public lessons of a published plan, on its public page ({@code ?id=…}); read once per request. */
@Named
@RequestScoped
public class LessonsSection {

    @Inject
    private LessonService lessons;

    private List<Lesson> rows = List.of();
    private Map<LessonLink, String> titles = Map.of();

    @PostConstruct
    void read() {
        Long plan = ResultSections.idParameter("id");
        if (plan == null) {
            return;
        }
        rows = lessons.publicOfPlan(plan);
        if (!rows.isEmpty()) {
            titles = lessons.publicTitles(plan);
        }
    }

    /** The public commitments a lesson is about, by their published titles; other records stay unnamed. */
    public List<String> aboutOf(Lesson lesson) {
        return lesson.getLinks().stream().map(titles::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Lesson> getRows() { return rows; }
}
