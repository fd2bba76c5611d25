package org.cocrea.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cocrea.security.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: sessions are replicated between the instances of a cluster (web.xml is distributable), so
 * whatever a session keeps must serialize: the session's own attributes and, with server-side state
 * saving, every {@code @ViewScoped} (and {@code @SessionScoped}) bean with everything its fields hold.
 * A field injected with a normal-scoped bean or an EJB holds a serializable proxy; any other field's
 * declared type (and its type arguments, and the fields of Cocrea's own types, all the way down) must
 * be serializable. Fails when someone adds a field that would make replication throw.
 */
class SessionContentsTest {

    private static final List<Class<? extends Annotation>> PASSIVATING = List.of(ViewScoped.class, SessionScoped.class);

    /** Injected as proxies that serialize (normal scopes and EJB references). */
    private static final List<Class<? extends Annotation>> PROXIED = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ViewScoped.class, Stateless.class, Singleton.class);

    /** Built-in beans the container injects as serializable proxies or handles. */
    private static final Set<Class<?>> BUILT_IN = Set.of(Event.class, Instance.class, ExternalContext.class,
            FacesContext.class, HttpServletRequest.class);

    /** Declared types whose every value here is serializable (the Clock of shared.Clocks: systemUTC or offset). */
    private static final Set<Class<?>> SERIALIZABLE_VALUES = Set.of(Clock.class);

    private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void everyViewAndSessionScopedBeanSerializes() {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() > 40, "found the view-scoped pages: " + beans.size());
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems, "not serializable, but kept in a replicated session");
    }

    @Test
    void theCheckFindsANonSerializableField() {
        List<String> problems = new ArrayList<>();
        check(Unfit.class, "Unfit", problems, new HashSet<>());
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void theSessionsOwnAttributesSerialize() throws IOException {
        assertTrue(serializes(new SignedIn("ana", Set.of("SECRETARIAT"))));
        assertTrue(serializes(Clock.systemUTC()));
        assertTrue(serializes(Clock.offset(Clock.systemUTC(), Duration.ofDays(3))));
        assertFalse(serializes(new Unfit()), "the round trip can fail");
        assertTrue(Serializable.class.isAssignableFrom(load("org.cocrea.web.SubmitOnce$Tokens")));
    }

    private static boolean serializes(Object value) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(value);
            return true;
        } catch (java.io.NotSerializableException e) {
            return false;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionContentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application's classes annotated with a passivating scope, read from its compiled classes
     * (target/classes) by reflection, without initializing them: a second ArchUnit import of the whole
     * code took half a minute of the unit phase.
     */
    private static List<Class<?>> passivatingBeans() {
        try {
            Path root = Path.of(SignedIn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString)
                        .filter(f -> f.endsWith(".class"))
                        .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.')))
                        .filter(c -> PASSIVATING.stream().anyMatch(c::isAnnotationPresent))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        // a library's own superclass (PrimeFaces' LazyDataModel) is trusted to serialize what it declares
        for (Class<?> c = type; c != null && c.getName().startsWith("org.cocrea."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field.getType(), where, problems, seen);
                } else {
                    checkValue(field.getGenericType(), where, problems, seen);
                }
            }
        }
    }

    private static void checkInjected(Class<?> type, String where, List<String> problems, Set<Class<?>> seen) {
        if (BUILT_IN.contains(type) || SERIALIZABLE_VALUES.contains(type) || type == Optional.class || type == String.class
                || PROXIED.stream().anyMatch(type::isAnnotationPresent)) {
            return;
        }
        check(type, where + " (a dependent bean)", problems, seen);
    }

    private static void checkValue(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || SERIALIZABLE_VALUES.contains(c)) {
                return;
            }
            if (c.isArray()) {
                checkValue(c.getComponentType(), where, problems, seen);
            } else if (c.getName().startsWith("org.cocrea.")) {
                if (!PROXIED.stream().anyMatch(c::isAnnotationPresent)) { // a bean's reference is its proxy
                    check(c, where, problems, seen);
                }
            } else if (!Serializable.class.isAssignableFrom(c) && !COLLECTIONS.contains(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType p) {
            checkValue(p.getRawType(), where, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                checkValue(argument, where, problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            checkValue(a.getGenericComponentType(), where, problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkValue(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkValue(bound, where, problems, seen);
            }
        }
    }

    /** A bean that would break replication three ways. */
    @SuppressWarnings("unused")
    static class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread worker = new Thread(() -> { });
        private List<Instant> fine = List.of();
        private Map<String, Object> values = Map.of();
        private Optional<String> maybe = Optional.empty();
    }
}
