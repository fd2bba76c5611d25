package org.cocrea.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment of the integration suite: the real, packaged WAR plus what the tests
 * that run inside the server need. Every IT class declares this same deployment, and
 * {@link SuiteDeployment} deploys it once for the whole run.
 */
public final class Deployments {

    /** Built by {@code mvn package}; Failsafe runs after it. */
    public static final File WAR = new File(System.getProperty("cocrea.war", "target/cocrea.war"));

    /** The helpers in-container tests use; the browser and database plumbing stay in the test JVM. */
    private static final List<Class<?>> SUPPORT = List.of(Deployments.class, ActingCaller.class, Scenario.class,
            TestFiles.class, TestClock.class, InfrastructureIT.class, PageClient.class, MailBox.class,
            MailBox.Received.class, ScenarioServlet.class, Jobs.class);

    private Deployments() {
    }

    /** The WAR with the support classes and every test class of {@code org.cocrea.it} and {@code org.cocrea.bench} that runs inside the server. */
    public static WebArchive suite() {
        if (!WAR.isFile()) {
            throw new IllegalStateException(WAR.getAbsolutePath() + " is missing: run the ITs with `mvn verify`");
        }
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, WAR)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                // PDFBox (and what it needs) reads generated PDFs back in the in-container ReportIT.
                .addAsLibraries(jarOf(org.apache.pdfbox.Loader.class), jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.fontbox.FontBoxFont.class), jarOf(org.apache.commons.logging.LogFactory.class));
        SUPPORT.forEach(war::addClass);
        inContainerTests().forEach(war::addClass);
        return war;
    }

    /** The IT classes of {@code org.cocrea.it} and {@code org.cocrea.bench} without {@code @RunAsClient} (their nested classes come with them). */
    private static List<Class<?>> inContainerTests() {
        return Stream.of("it", "bench").flatMap(pkg -> {
            Path folder = Path.of(jarOf(Deployments.class).getPath(), "org", "cocrea", pkg);
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(name -> name.endsWith("IT.class"))
                        .map(name -> load("org.cocrea." + pkg + "." + name.substring(0, name.length() - ".class".length())))
                        .filter(type -> !type.isAnnotationPresent(RunAsClient.class))
                        .<Class<?>>map(type -> type)
                        .toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar (or classes folder) a class was loaded from, to ship it with an in-container test. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
