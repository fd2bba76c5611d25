package org.cocrea.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * The shape of the code. Feature packages ({@code org.cocrea.<feature>}) hold the domain and its
 * services; {@code web} is the Faces UI, {@code api} the REST API, {@code security} the
 * container's security setup. Features know nothing about how they are shown or served.
 */
@AnalyzeClasses(packages = "org.cocrea", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> NON_FEATURE_PACKAGES = Set.of("web", "api", "security");

    /** {@code org.cocrea.x..} where x is not web, api or security; {@code shared} is one of them. */
    static final DescribedPredicate<JavaClass> IN_A_FEATURE_PACKAGE = DescribedPredicate.describe(
            "reside in a feature package (org.cocrea.* other than web, api, security)",
            javaClass -> {
                String name = javaClass.getPackageName();
                if (!name.startsWith("org.cocrea.")) {
                    return false;
                }
                String top = name.substring("org.cocrea.".length()).split("\\.", 2)[0];
                return !NON_FEATURE_PACKAGES.contains(top);
            });

    @ArchTest
    static final ArchRule featuresDoNotKnowTheUiOrTheApi = noClasses()
            .that(IN_A_FEATURE_PACKAGE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..", "org.cocrea.web..", "org.cocrea.api..")
            .because("features hold the business rules; the web and api packages show and serve them");

    @ArchTest
    static final ArchRule webDoesNotUseTheApi = noClasses()
            .that().resideInAPackage("org.cocrea.web..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.api..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule apiDoesNotUseTheWeb = noClasses()
            .that().resideInAPackage("org.cocrea.api..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.web..")
            .allowEmptyShould(true);

    /** The web package asks security for the headers and the page after sign-in, never the other way round (issue 11). */
    @ArchTest
    static final ArchRule securityDoesNotKnowTheWeb = noClasses()
            .that().resideInAPackage("org.cocrea.security..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.web..")
            .because("the security setup runs before any page; pages use it");

    @ArchTest
    static final ArchRule onlyWebUsesFaces = noClasses()
            .that().resideOutsideOfPackage("org.cocrea.web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
            .because("Faces and PrimeFaces are the web package's business");

    @ArchTest
    static final ArchRule noImplOrDefaultClasses = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameStartingWith("Default")
            .because("one implementation needs no interface; name the class for what it is");

    @ArchTest
    static final ArchRule noClassIsNamedLikeTheHttpSession = noClasses()
            .should().haveSimpleNameStartingWith("Session")
            .orShould().resideInAPackage("org.cocrea.session..")
            .because("a co-creation session is a WorkSession; plain \"session\" is the HTTP session");

    @ArchTest
    static final ArchRule entitiesLiveInFeaturePackages = classes()
            .that().areAnnotatedWith(Entity.class)
            .should(be(IN_A_FEATURE_PACKAGE.as("in a feature package (org.cocrea.* other than web, api, security)")))
            .because("entities belong to the feature that owns their rules, never to web, api or security");

    @ArchTest
    static final ArchRule filesKnowNoFeatureThatHoldsThem = classes()
            .that().resideInAPackage("org.cocrea.file..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.cocrea.file..", "org.cocrea.account..", "org.cocrea.shared..",
                    "java..", "jakarta..", "org.apache.tika..", "org.eclipse.microprofile..", "")
            .because("evidence and attachments hold stored files; a stored file knows only who added it");

    @ArchTest
    static final ArchRule evidenceIsPartOfTheMilestonePackage = noClasses()
            .should().resideInAPackage("org.cocrea.evidence..")
            .because("evidence proves a progress report: it lives with milestones, so the two packages form no cycle");

    /**
     * Packages form no cycle, but for the domain's own: a commitment lists its milestones and a
     * milestone belongs to its commitment (docs/architecture.md, "What may depend on what").
     */
    @ArchTest
    static final ArchRule noPackageCyclesButTheDomainsOwn = slices().matching("org.cocrea.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.cocrea.commitment.."), resideInAPackage("org.cocrea.milestone.."))
            .because("who is calling, files, actors and states are known by the features, never the other way round");

    @ArchTest
    static final ArchRule pendingKnowsNoFeature = classes()
            .that().resideInAPackage("org.cocrea.pending..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.cocrea.pending..", "org.cocrea.shared..", "java..", "jakarta..", "")
            .because("the features implement PendingSource; \"Pendientes\" gathers them without knowing them");

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.cocrea.shared..")
            .should().dependOnClassesThat(resideInAPackage("org.cocrea..").and(DescribedPredicate.not(resideInAPackage("org.cocrea.shared.."))))
            .because("every package may use shared (who is calling, time, the rule exceptions), so shared may use none");

    @ArchTest
    static final ArchRule onlyFeaturesHoldAnEntityManager = fields()
            .that().haveRawType(EntityManager.class)
            .should().beDeclaredInClassesThat(IN_A_FEATURE_PACKAGE)
            .because("web beans call services, never the database");

    // transparency (issue 16): the log knows no feature; its tree and verifier know only the JDK

    @ArchTest
    static final ArchRule theTransparencyLogKnowsNoFeature = classes()
            .that().resideInAPackage("org.cocrea.transparency..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.cocrea.transparency..", "org.cocrea.file..", "org.cocrea.audit..", "org.cocrea.shared..",
                    "org.cocrea.mail..", "java..", "jakarta..", "org.eclipse.microprofile..", "")
            .because("features append their facts to the log; the log knows only the bytes it re-hashes "
                    + "(and the mail outbox, which e-mails its heads to witnesses and knows no feature)");

    @ArchTest
    static final ArchRule theTreeAndTheVerifierNeedOnlyTheJdk = classes()
            .that().resideInAnyPackage("org.cocrea.transparency.tree..", "org.cocrea.transparency.verify..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.cocrea.transparency.tree..", "org.cocrea.transparency.verify..", "java..", "")
            .because("the offline verifier is a small jar of these classes alone (docs/transparency.md)");

    // evaluation by indicators and treasure hunts
    @ArchTest
    static final ArchRule indicatorsAndHuntsAreKnownOnlyByWebAndDemo = noClasses()
            .that().resideOutsideOfPackages("org.cocrea.indicator..", "org.cocrea.treasurehunt..",
                    "org.cocrea.web..", "org.cocrea.demo..", "org.cocrea.systematization..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cocrea.indicator..", "org.cocrea.treasurehunt..")
            .because("indicators and treasure hunts evaluate plans and commitments; nothing they evaluate knows them "
                    + "(the systematization report, phase 6, tells them after the fact; nothing but the web knows it)");

    @ArchTest
    static final ArchRule indicatorsAndTreasureHuntsDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("org.cocrea.indicator..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.treasurehunt..")
            .orShould().dependOnClassesThat().resideInAPackage("org.cocrea.demo..")
            .because("two tools of phase 5, each on its own");

    // social programs (issue 15)
    @ArchTest
    static final ArchRule socialProgramsAreKnownOnlyByWebAndDemo = noClasses()
            .that().resideOutsideOfPackages("org.cocrea.social..", "org.cocrea.web..", "org.cocrea.demo..",
                    "org.cocrea.worksession..", "org.cocrea.opendata..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cocrea.social..")
            .because("social programs are a program of their own beside the action plans; nothing of the plans knows them, "
                    + "but for the dialogue with decision makers, a kind of session whose agreements are tied to recommendations, "
                    + "and the open data, which tells the published programs (issue 15)");

    // evaluation by assessments on the IRM scales
    @ArchTest
    static final ArchRule evaluationIsKnownOnlyByWebAndDemo = noClasses()
            .that(IN_A_FEATURE_PACKAGE).and().resideOutsideOfPackages("org.cocrea.evaluation..", "org.cocrea.demo..",
                    "org.cocrea.systematization..", "org.cocrea.opendata..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.evaluation..")
            .because("evaluation reads commitments, milestones and plans; none of them knows it is evaluated "
                    + "(the systematization report, phase 6, and the open data, issue 14, tell its published results; nothing but the web knows it)");

    // help (issue 10 part c): the user guide knows no feature, and only the web shows it
    @ArchTest
    static final ArchRule helpKnowsOnlyTheMarkdownRenderer = classes()
            .that().resideInAPackage("org.cocrea.help..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.cocrea.help..", "org.commonmark..", "java..", "jakarta..", "")
            .because("the guide is text from docs/; it knows nothing of the records it explains");

    @ArchTest
    static final ArchRule theMarkdownRendererStaysInHelp = noClasses()
            .that().resideOutsideOfPackage("org.cocrea.help..")
            .should().dependOnClassesThat().resideInAPackage("org.commonmark..")
            .because("one place renders Markdown");

    // systematization (issue 9): lessons and the report read the plan's records; only the pages and the demo know them
    @ArchTest
    static final ArchRule systematizationIsKnownOnlyByWebAndDemo = noClasses()
            .that(IN_A_FEATURE_PACKAGE).and().resideOutsideOfPackages("org.cocrea.systematization..", "org.cocrea.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.cocrea.systematization..")
            .because("phase 6 looks back on every other phase; none of them knows it is being told");
}
