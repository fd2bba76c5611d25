package org.cocrea.support;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The suite's one Payara Micro as the browser walks reach it: they run beside the Arquillian classes,
 * not through Arquillian.
 *
 * <p>Why: the suite is a sequence of request and answer: the test, Payara, MariaDB and Chromium take
 * turns, so one lane keeps about one of CI's two cores busy. The browser walks need nothing of
 * Arquillian but the address of the deployment (they build their worlds over HTTP,
 * {@link ScenarioServlet}), and Arquillian cannot run two classes at once (one event manager per JVM,
 * its contexts bound to the thread). So the failsafe run enables JUnit's parallel execution with two
 * lanes (pom.xml): every Arquillian class in one lane, one after the other, as before; the walks
 * ({@link BrowserWalk}: {@code @Execution(CONCURRENT)}) in the other, each waiting here until
 * {@link SuiteDeployment} has deployed the suite's WAR. A class that must not share the server with a
 * walk (the query counts read every statement MariaDB runs) takes {@link #ALONE} for writing; the walks
 * take it for reading.
 *
 * <p>A walk needs an Arquillian class in the same run to deploy the server: this listener (registered
 * in {@code META-INF/services}) looks at the test plan, and a walk run alone fails at once with the
 * command to use instead of waiting.
 */
public final class SuiteServer implements TestExecutionListener {

    /** The resource lock: the walks read it; a class that needs the server to itself writes it. */
    public static final String ALONE = "cocrea.suite-server";

    /**
     * The test SMTP server: {@code MailServerDownIT} takes it down for a while (writing this lock), so a
     * walk that waits for a mail to arrive reads it; otherwise its mail may fail while the server is down
     * and come after the walk stopped waiting (seen once, FollowUpBrowserIT beside MailServerDownIT).
     */
    public static final String MAIL_SERVER = "cocrea.mail-server";

    /** Completed when the suite's deployment answers; exceptionally when it failed. One per test JVM. */
    private static final CompletableFuture<URL> DEPLOYED = new CompletableFuture<>();

    private static volatile boolean arquillianInPlan;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        arquillianInPlan = plan.getRoots().stream()
                .flatMap(root -> plan.getChildren(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(java.util.Optional::stream)
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .anyMatch(SuiteServer::deploysTheSuite);
    }

    private static boolean deploysTheSuite(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extension -> java.util.Arrays.asList(extension.value()).contains(ArquillianExtension.class));
    }

    /** {@link SuiteDeployment} tells the address of the deployment, or why there is none. */
    static void deployed(URL base) {
        DEPLOYED.complete(base);
    }

    static void failed(Throwable why) {
        DEPLOYED.completeExceptionally(why);
    }

    /** The deployment's address (…/cocrea/), once it answers. */
    public static URL base() {
        if (!arquillianInPlan) {
            throw new IllegalStateException("A browser walk runs against the suite's Payara Micro, which an Arquillian class"
                    + " deploys: run it with one, e.g. -Dit.test='BrowserIT,InfrastructureIT'");
        }
        try {
            return DEPLOYED.get(15, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the suite's deployment failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the suite's deployment did not come up in 15 minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
