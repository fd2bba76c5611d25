package org.cocrea.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deployments: the real, packaged WAR plus the given test classes. */
public final class Deployments {

    /** Built by {@code mvn package}; Failsafe runs after it. */
    public static final File WAR = new File(System.getProperty("cocrea.war", "target/cocrea.war"));

    private Deployments() {
    }

    public static WebArchive cocrea(Class<?>... extra) {
        if (!WAR.isFile()) {
            throw new IllegalStateException(WAR.getAbsolutePath() + " is missing: run the ITs with `mvn verify`");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, WAR)
                .addClass(Deployments.class)
                .addClasses(extra)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library class was loaded from, to ship it with an in-container test. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
