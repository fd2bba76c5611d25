package org.cocrea.shared.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity no public page shows (the outbox, mail preferences, password resets): a transaction that
 * writes only such entities leaves {@code page_version} alone ({@link PageVersionBump}), so that the
 * mail sender's steady writes do not empty the public page cache.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotShownOnPublicPages {
}
