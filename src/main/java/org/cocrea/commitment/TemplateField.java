package org.cocrea.commitment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.CommitmentText.Party;

/**
 * One field of a commitment's text ({@link CommitmentTemplate#FIELDS}): its name (the JSON key of a
 * version and the bundle key {@code audit.field.<name>}), where a text holds its value, and how the
 * value reads in JSON, as plain text (for a comparison) and in the audit trail. The few kinds of
 * value (text, date, the set of values, the parties) are here once.
 */
public final class TemplateField<V> {

    /** The lead institution, by name as the text froze it. */
    static final TemplateField<String> LEAD_INSTITUTION = new TemplateField<>("leadInstitution",
            CommitmentText::getLeadInstitution, CommitmentText::setLeadInstitution, Kind.TEXT);

    /** The co-responsible actors, by name and type as the text froze them. */
    static final TemplateField<List<Party>> CO_RESPONSIBLES = new TemplateField<>("coResponsibles",
            CommitmentText::getCoResponsibles, CommitmentText::setCoResponsibles, Kind.PARTIES);

    private final String name;
    private final Function<CommitmentText, V> get;
    private final BiConsumer<CommitmentText, V> set;
    private final Kind<V> kind;

    private TemplateField(String name, Function<CommitmentText, V> get, BiConsumer<CommitmentText, V> set, Kind<V> kind) {
        this.name = name;
        this.get = get;
        this.set = set;
        this.kind = kind;
    }

    /** A text field of the template. */
    static TemplateField<String> text(String name, Function<CommitmentTemplate, String> get,
                                      BiConsumer<CommitmentTemplate, String> set) {
        return ofTemplate(name, get, set, Kind.TEXT);
    }

    /** A date of the template. */
    static TemplateField<LocalDate> date(String name, Function<CommitmentTemplate, LocalDate> get,
                                         BiConsumer<CommitmentTemplate, LocalDate> set) {
        return ofTemplate(name, get, set, Kind.DATE);
    }

    /** The open-government values of the template. */
    static TemplateField<Set<OpenGovernmentValue>> values(String name, Function<CommitmentTemplate, Set<OpenGovernmentValue>> get,
                                                          BiConsumer<CommitmentTemplate, Set<OpenGovernmentValue>> set) {
        return ofTemplate(name, get, set, Kind.VALUES);
    }

    private static <V> TemplateField<V> ofTemplate(String name, Function<CommitmentTemplate, V> get,
                                                   BiConsumer<CommitmentTemplate, V> set, Kind<V> kind) {
        return new TemplateField<>(name, text -> get.apply(text.getTemplate()), (text, v) -> set.accept(text.getTemplate(), v), kind);
    }

    /** The field's name: its JSON key and its bundle key {@code audit.field.<name>}. */
    public String name() {
        return name;
    }

    void copy(CommitmentText from, CommitmentText to) {
        set.accept(to, get.apply(from));
    }

    void write(CommitmentText text, JsonObjectBuilder json) {
        json.add(name, kind.toJson(get.apply(text)));
    }

    void read(JsonObject json, CommitmentText text) {
        JsonValue value = json.get(name);
        set.accept(text, value == null || value.getValueType() == JsonValue.ValueType.NULL ? kind.empty() : kind.fromJson(value));
    }

    String plain(CommitmentText text, UnaryOperator<String> labels, DateTimeFormatter day) {
        return kind.plain(get.apply(text), labels, day);
    }

    Object audit(CommitmentText text) {
        return kind.audit(get.apply(text));
    }

    /** How one kind of value reads: in a version's JSON, as plain text, in the audit trail. */
    private interface Kind<V> {

        JsonValue toJson(V value);

        V fromJson(JsonValue json);

        /** What a missing or null JSON value means. */
        V empty();

        String plain(V value, UnaryOperator<String> labels, DateTimeFormatter day);

        Object audit(V value);

        Kind<String> TEXT = new Kind<>() {
            public JsonValue toJson(String value) { return value == null ? JsonValue.NULL : Json.createValue(value); }
            public String fromJson(JsonValue json) { return ((JsonString) json).getString(); }
            public String empty() { return null; }
            public String plain(String value, UnaryOperator<String> labels, DateTimeFormatter day) { return value == null ? "" : value; }
            public Object audit(String value) { return value; }
        };

        Kind<LocalDate> DATE = new Kind<>() {
            public JsonValue toJson(LocalDate value) { return value == null ? JsonValue.NULL : Json.createValue(value.toString()); }
            public LocalDate fromJson(JsonValue json) { return LocalDate.parse(((JsonString) json).getString()); }
            public LocalDate empty() { return null; }
            public String plain(LocalDate value, UnaryOperator<String> labels, DateTimeFormatter day) { return value == null ? "" : day.format(value); }
            public Object audit(LocalDate value) { return value; }
        };

        Kind<Set<OpenGovernmentValue>> VALUES = new Kind<>() {
            public JsonValue toJson(Set<OpenGovernmentValue> value) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.stream().sorted().forEach(v -> array.add(v.name()));
                return array.build();
            }

            public Set<OpenGovernmentValue> fromJson(JsonValue json) {
                Set<OpenGovernmentValue> values = empty();
                json.asJsonArray().stream()
                        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING) // the migration's JSON holds nulls
                        .forEach(v -> values.add(OpenGovernmentValue.valueOf(((JsonString) v).getString())));
                return values;
            }

            public Set<OpenGovernmentValue> empty() { return EnumSet.noneOf(OpenGovernmentValue.class); }

            public String plain(Set<OpenGovernmentValue> value, UnaryOperator<String> labels, DateTimeFormatter day) {
                return value.stream().sorted().map(v -> labels.apply("value." + v.name())).collect(Collectors.joining(", "));
            }

            public Object audit(Set<OpenGovernmentValue> value) { return value.stream().sorted().map(Enum::name).toList(); }
        };

        Kind<List<Party>> PARTIES = new Kind<>() {
            public JsonValue toJson(List<Party> value) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.forEach(p -> array.add(Json.createObjectBuilder()
                        .add("name", TEXT.toJson(p.getName()))
                        .add("type", p.getType() == null ? JsonValue.NULL : Json.createValue(p.getType().name()))));
                return array.build();
            }

            public List<Party> fromJson(JsonValue json) {
                List<Party> parties = empty();
                for (JsonValue v : json.asJsonArray()) {
                    JsonObject party = v.asJsonObject();
                    String type = string(party, "type");
                    parties.add(new Party(string(party, "name"), type == null ? null : ActorType.valueOf(type)));
                }
                return parties;
            }

            public List<Party> empty() { return new ArrayList<>(); }

            public String plain(List<Party> value, UnaryOperator<String> labels, DateTimeFormatter day) {
                return value.stream()
                        .map(p -> p.getName() + (p.getType() == null ? "" : " (" + labels.apply("actorType." + p.getType()) + ")"))
                        .collect(Collectors.joining(", "));
            }

            public Object audit(List<Party> value) { return value.stream().map(Party::getName).toList(); }
        };

        private static String string(JsonObject json, String key) {
            return json.get(key) instanceof JsonString string ? string.getString() : null;
        }
    }
}
