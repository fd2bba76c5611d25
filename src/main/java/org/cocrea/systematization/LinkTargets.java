package org.cocrea.systematization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a plan a lesson may be about, by kind, with their titles: the choices of a lesson
 * form and the names of a lesson's links. Read in one query per kind, whatever the plan's size.
 */
public final class LinkTargets implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** One record a lesson may link to. */
    public record Target(LessonLink link, String title) implements java.io.Serializable {
        public String key() {
            return link.key();
        }
    }

    private final Map<LinkKind, List<Target>> byKind;
    private final Map<LessonLink, String> titles = new LinkedHashMap<>();

    LinkTargets(Map<LinkKind, List<Target>> byKind) {
        this.byKind = byKind;
        byKind.values().forEach(targets -> targets.forEach(t -> titles.put(t.link(), t.title())));
    }

    public boolean contains(LessonLink link) {
        return titles.containsKey(link);
    }

    /** The title of a linked record, or null when it is not one of the plan's. */
    public String titleOf(LessonLink link) {
        return titles.get(link);
    }

    /** The links the plan has of the given ones, with their titles, in the order of the kinds. */
    public List<Target> of(Collection<LessonLink> links) {
        return byKind.values().stream().flatMap(List::stream).filter(t -> links.contains(t.link())).toList();
    }

    /** The kinds that have at least one record, in their order. */
    public List<LinkKind> getKinds() {
        return byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Every record a lesson of the plan may be about, kind after kind. */
    public List<Target> getAll() {
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    public List<Target> ofKind(LinkKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }
}
