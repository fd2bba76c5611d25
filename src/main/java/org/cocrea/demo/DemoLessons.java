package org.cocrea.demo;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;

/**
 * Lessons of every demo state's current plan (issue 9): one in each of three phases, one of them
 * internal, written by the state's secretariat as its form would, so that the plan page, the lessons
 * page and the report have something to show. A handful of rows per state: cheap to seed.
 */
final class DemoLessons {

    private record LessonSpec(Phase phase, int daysAgo, LearningSource source, String otherContext, boolean visible,
                              String tried, String happened, String changed) {
    }

    private static final List<LessonSpec> LESSONS = List.of(
            new LessonSpec(Phase.IDENTIFICATION, 150, LearningSource.DATA_AND_EVIDENCE, null, true,
                    "Priorizar problemáticas con los datos abiertos de compras y de abasto de la Secretaría de Salud.",
                    "Dos de las cinco prioridades no tenían datos publicados; se pidieron por solicitud de acceso.",
                    "Cada prioridad nueva lleva al menos una fuente pública o una solicitud en curso."),
            new LessonSpec(Phase.CO_CREATION, 90, LearningSource.OTHER_CONTEXTS, "Sonora", true,
                    "Sesiones de cocreación a distancia entre las visitas presenciales, como hizo otro estado.",
                    "La asistencia de la sociedad civil subió, pero las dependencias faltaron a las sesiones remotas.",
                    "Las sesiones de aprobación se hacen en persona; las de revisión de borradores, a distancia."),
            new LessonSpec(Phase.FOLLOW_UP, 20, LearningSource.LOCAL_POLITICS, null, false,
                    "Pedir los reportes de avance a la dependencia responsable cada mes.",
                    "El cambio de titular detuvo dos reportes; el enlace técnico no tenía permiso para firmar.",
                    "Se nombran dos enlaces por dependencia y el secretariado llama antes de cada corte."));

    private DemoLessons() {
    }

    static void build(DemoBuilder.Sink sink, ActionPlan plan, String secretariat, LocalDate today) {
        for (LessonSpec spec : LESSONS) {
            Lesson lesson = Lesson.blank();
            lesson.setPhase(spec.phase());
            lesson.setLearnedOn(today.minusDays(spec.daysAgo()));
            lesson.setSourceArray(new LearningSource[] {spec.source()});
            lesson.setOtherContext(spec.otherContext());
            lesson.setVisibleToPublic(spec.visible());
            lesson.setTried(spec.tried());
            lesson.setHappened(spec.happened());
            lesson.setChanged(spec.changed());
            lesson.writeIn(plan, secretariat, today);
            sink.persist(lesson);
            sink.audit("CREATE", lesson, null);
        }
    }
}
