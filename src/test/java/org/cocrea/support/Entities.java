package org.cocrea.support;

import java.lang.reflect.Field;

/**
 * Helpers for plain unit tests that need entities looking as if they had been persisted: the
 * entities compare by id, and the id is only ever set by the persistence provider.
 */
public final class Entities {

    private Entities() {
    }

    /** Sets the {@code id} field (declared in the entity's class or a superclass) and returns the entity. */
    public static <T> T withId(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set the id of " + entity.getClass().getName(), e);
            }
        }
        throw new IllegalArgumentException(entity.getClass().getName() + " has no field named id");
    }
}
