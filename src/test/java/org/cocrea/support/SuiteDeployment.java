package org.cocrea.support;

import java.net.MalformedURLException;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * One deployment, one Payara Micro, for the whole integration suite (Arquillian client-side
 * extension, registered in META-INF/services).
 *
 * <p>The managed Payara Micro connector starts a server process for every deployment and stops it
 * at undeployment, and Arquillian deploys and undeploys around every test class: 13 classes cost
 * 13 server starts. Every IT class declares the same deployment ({@link Deployments#suite()}), so
 * this extension lets the first class's deployment happen, hands the same deployment to every
 * later class instead of generating and deploying it again, and undeploys it only when the
 * container stops at the end of the run. A class run alone (`-Dit.test=…`) behaves as before.
 * It also tells {@link SuiteServer} the deployment's address, for the browser walks that run beside
 * the Arquillian classes.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Arquillian instantiates observers itself: the state lives as long as the test JVM's suite. */
    public static class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        @Inject
        private Instance<ProtocolMetaData> protocolMetaData;

        private DeploymentScenario suiteScenario;
        private Class<?> firstClass;
        private boolean deployed;
        private boolean stopping;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (suiteScenario == null) {
                event.proceed();
                suiteScenario = classScenario.get();
                firstClass = event.getEvent().getTestClass().getJavaClass();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                try {
                    event.proceed();
                } catch (RuntimeException | Error failure) {
                    SuiteServer.failed(failure);
                    throw failure;
                }
            }
        }

        /** The browser walks run beside the Arquillian classes ({@link SuiteServer}): they learn the address here. */
        public void deployed(@Observes AfterDeploy event) throws MalformedURLException {
            HTTPContext http = protocolMetaData.get().getContexts(HTTPContext.class).iterator().next();
            SuiteServer.deployed(http.getServlets().get(0).getBaseURI().toURL());
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (stopping) {
                event.proceed();
            }
        }

        /** The container stops after the last class: now the one deployment goes (and its server with it). */
        public void stop(@Observes BeforeStop event) {
            if (!deployed || stopping) {
                return;
            }
            stopping = true;
            classContext.get().activate(firstClass);
            try {
                classScenario.set(suiteScenario);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                classContext.get().deactivate();
            }
        }
    }
}
