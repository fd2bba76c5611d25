package org.cocrea.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as DATETIME(6). JPA 3.1 (EclipseLink 4) has no mapping of its own for
 * Instant and would serialize it into the column as bytes. The JDBC driver writes a Timestamp in
 * the JVM's time zone, so servers run with -Duser.timezone=UTC (the dev server and tests do; see
 * docs/operations.md): the stored values are then UTC, whatever the machine's zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
