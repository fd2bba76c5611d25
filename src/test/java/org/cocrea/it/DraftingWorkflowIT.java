package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.audit.AuditEntry;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentComment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.commitment.CommitmentStatus;
import org.cocrea.commitment.CommitmentVersion;
import org.cocrea.commitment.TextDiff;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The drafting workflow through the real services: versions per save, their comparison, the frozen
 * public text, re-approval of a revision, threaded comments, and who may do or see any of it.
 */
@ExtendWith(ArquillianExtension.class)
class DraftingWorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PlanService plans;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;

    @ArquillianResource
    private URL base;

    private Commitment edit(World world, java.util.function.Consumer<Commitment> change) {
        Commitment form = commitments.forSecretariat(world.commitmentId());
        change.accept(form);
        return commitments.update(form, world.government(), List.of(world.cso()));
    }

    /** The version the secretariat reads now: what approval and publication refer to. */
    private int currentVersion(World world) {
        return commitments.forSecretariat(world.commitmentId()).getCurrentVersion();
    }

    private static Map<String, TextDiff.Field> byName(List<TextDiff.Field> fields) {
        return fields.stream().collect(Collectors.toMap(TextDiff.Field::name, Function.identity()));
    }

    @Test
    void everySaveThatChangesTheTextIsAVersionAndAnyTwoCanBeCompared() {
        World world = scenario.newState();
        actAs(world.secretariat());
        assertThat(commitments.versions(world.commitmentId())).extracting(CommitmentVersion::getNumber).containsExactly(1);

        edit(world, c -> { });
        assertThat(commitments.versions(world.commitmentId())).as("a save that changes nothing").hasSize(1);

        edit(world, c -> c.getTemplate().setObjective("Publicar cada mes el gasto y el abasto de medicamentos por unidad médica."));
        edit(world, c -> c.getTemplate().setDescription("Tablero público <b>con</b> datos abiertos de compras, abasto y recetas surtidas."));
        List<CommitmentVersion> versions = commitments.versions(world.commitmentId());
        assertThat(versions).extracting(CommitmentVersion::getNumber).containsExactly(3, 2, 1);
        assertThat(versions).allSatisfy(v -> {
            assertEquals(world.secretariat(), v.getSavedBy());
            assertEquals(CommitmentStatus.DRAFT, v.getStatusAtSave());
        });
        assertEquals(3, commitments.forSecretariat(world.commitmentId()).getCurrentVersion());

        var diff = byName(commitments.compare(world.commitmentId(), 1, 3));
        assertFalse(diff.get("title").isChanged());
        assertTrue(diff.get("objective").isChanged());
        // where a changed run starts or ends around a space is the algorithm's choice: compare the words
        assertThat(diff.get("objective").left()).filteredOn(TextDiff.Segment::isDeleted).extracting(s -> s.text().strip())
                .containsExactly("mensualmente");
        assertThat(diff.get("objective").right()).filteredOn(TextDiff.Segment::isInserted).extracting(s -> s.text().strip())
                .containsExactly("cada mes");
        assertThat(diff.get("description").right()).filteredOn(TextDiff.Segment::isInserted).extracting(TextDiff.Segment::text)
                .contains("<b>con</b>");
        var secondStep = byName(commitments.compare(world.commitmentId(), 2, 3));
        assertFalse(secondStep.get("objective").isChanged(), "version 2 already had the new objective");
        assertTrue(secondStep.get("description").isChanged());
        assertThrows(NotFoundException.class, () -> commitments.compare(world.commitmentId(), 1, 9));
    }

    @Test
    void thePublicKeepsTheFrozenTextUntilARevisionIsApprovedAndPublished() {
        World world = scenario.newState();
        scenario.publish(world);
        actAsPublic();
        String frozenTitle = commitments.publishedText(world.commitmentId()).getTemplate().getTitle();
        assertThat(frozenTitle).startsWith("Transparentar el gasto en medicamentos");

        actAs(world.secretariat());
        Commitment revision = edit(world, c -> {
            c.getTemplate().setTitle("Título revisado " + world.code());
            c.getTemplate().setProblem("Problemática revisada, aún en borrador.");
        });
        assertEquals(CommitmentStatus.DRAFT, revision.getStatus());
        assertEquals(2, revision.getCurrentVersion());
        assertEquals(1, revision.getPublishedVersion());
        assertTrue(revision.isUnderRevision());
        assertEquals("Título revisado " + world.code(), commitments.forSecretariat(world.commitmentId()).getTitle());

        // the public still reads version 1; money and milestones stay live
        actAsPublic();
        assertEquals(world.commitmentId(), commitments.published(world.commitmentId()).getId());
        assertEquals(frozenTitle, commitments.publishedText(world.commitmentId()).getTemplate().getTitle());
        assertThat(commitments.publishedText(world.commitmentId()).getTemplate().getProblem()).doesNotContain("borrador");
        assertThat(commitments.publishedOfPlan(world.planId())).extracting(Commitment::getPublishedTitle).containsExactly(frozenTitle);
        assertThat(milestones.ofCommitment(world.commitmentId())).hasSize(1);

        // the responsible actors keep reporting on the published commitment meanwhile
        actAs(world.csoMember());
        assertThat(milestones.mine()).extracting(Milestone::getId).contains(world.milestoneId());

        // approval alone publishes nothing
        actAs(world.secretariat());
        commitments.submitForReview(world.commitmentId());
        assertEquals("workflow.edit.inReview", assertThrows(DomainException.class, () -> edit(world, c -> c.getTemplate().setTitle("Colado"))).messageKey());
        commitments.approve(world.commitmentId(), currentVersion(world));
        actAsPublic();
        assertEquals(frozenTitle, commitments.publishedText(world.commitmentId()).getTemplate().getTitle());

        actAs(world.secretariat());
        commitments.publish(world.commitmentId(), currentVersion(world));
        actAsPublic();
        assertEquals("Título revisado " + world.code(), commitments.publishedText(world.commitmentId()).getTemplate().getTitle());
        assertEquals(2, commitments.published(world.commitmentId()).getPublishedVersion());

        actAs(world.secretariat());
        assertThat(commitments.auditTrail(world.commitmentId(), 0, 50)).extracting(AuditEntry::getAction)
                .contains("SUBMIT", "APPROVE", "PUBLISH", "UPDATE");
    }

    @Test
    void onlyAnApprovedCommitmentIsPublishedAndAnApprovedOneEditedNeedsApprovalAgain() {
        World world = scenario.newState();
        actAs(world.secretariat());
        assertEquals("workflow.publish.notApproved",
                assertThrows(DomainException.class, () -> commitments.publish(world.commitmentId(), currentVersion(world))).messageKey());
        commitments.submitForReview(world.commitmentId());
        commitments.withdraw(world.commitmentId());
        assertEquals(CommitmentStatus.DRAFT, commitments.forSecretariat(world.commitmentId()).getStatus());
        commitments.submitForReview(world.commitmentId());
        commitments.approve(world.commitmentId(), currentVersion(world));
        edit(world, c -> c.getTemplate().setStatusQuo("Antecedentes nuevos."));
        assertEquals(CommitmentStatus.DRAFT, commitments.forSecretariat(world.commitmentId()).getStatus());
        assertEquals("workflow.publish.notApproved",
                assertThrows(DomainException.class, () -> commitments.publish(world.commitmentId(), currentVersion(world))).messageKey());
        assertFalse(commitments.forSecretariat(world.commitmentId()).isPublished());
    }

    @Test
    void commentsAreThreadedWithWhoAndWhen() {
        World world = scenario.newState();
        actAs(world.secretariat());
        commitments.submitForReview(world.commitmentId());
        DomainException noReason = assertThrows(DomainException.class, () -> commitments.requestChanges(world.commitmentId(), "  "));
        assertEquals("reason", noReason.field());
        assertEquals(CommitmentStatus.IN_REVIEW, commitments.forSecretariat(world.commitmentId()).getStatus());

        commitments.requestChanges(world.commitmentId(), "Falta la línea base del abasto.");
        assertEquals(CommitmentStatus.CHANGES_REQUESTED, commitments.forSecretariat(world.commitmentId()).getStatus());
        long reasonId = commitments.comments(world.commitmentId()).get(0).comment().getId();

        actAs(world.institute()); // the information institute acts as the secretariat
        long answerId = commitments.comment(world.commitmentId(), reasonId, "La agregamos en la situación actual.").getId();
        actAs(world.secretariat());
        commitments.comment(world.commitmentId(), answerId, "Gracias, revisada.");
        commitments.comment(world.commitmentId(), null, "Otro tema: el presupuesto.");
        assertEquals("workflow.comment.required",
                assertThrows(DomainException.class, () -> commitments.comment(world.commitmentId(), null, "")).messageKey());

        List<CommitmentComment.Threaded> threads = commitments.comments(world.commitmentId());
        assertThat(threads).extracting(t -> t.comment().getBody()).containsExactly("Falta la línea base del abasto.",
                "La agregamos en la situación actual.", "Gracias, revisada.", "Otro tema: el presupuesto.");
        assertThat(threads).extracting(CommitmentComment.Threaded::depth).containsExactly(0, 1, 2, 0);
        assertThat(threads).extracting(t -> t.comment().getAuthor().getUsername())
                .containsExactly(world.secretariat(), world.institute(), world.secretariat(), world.secretariat());
        assertThat(threads).allSatisfy(t -> assertThat(t.comment().getCreatedAt()).isNotNull());

        // a reply to another commitment's comment is refused
        World other = scenario.newState();
        actAs(other.secretariat());
        long elsewhere = commitments.comment(other.commitmentId(), null, "Comentario de otro estado").getId();
        actAs(world.secretariat());
        assertThrows(DomainException.class, () -> commitments.comment(world.commitmentId(), elsewhere, "Respuesta colada"));
    }

    @Test
    void onlyTheSecretariatOfTheStateDraftsReviewsAndComments() {
        World here = scenario.newState();
        World there = scenario.newState();
        actAs(here.secretariat());
        commitments.comment(here.commitmentId(), null, "Nota interna del secretariado.");
        long id = here.commitmentId();

        List<Executable> secretariatOnly = List.of(
                () -> commitments.submitForReview(id),
                () -> commitments.requestChanges(id, "Cambios"),
                () -> commitments.approve(id, 1),
                () -> commitments.withdraw(id),
                () -> commitments.publish(id, 1),
                () -> commitments.comment(id, null, "Intrusión"),
                () -> commitments.comments(id),
                () -> commitments.versions(id),
                () -> commitments.compare(id, 1, 1),
                () -> commitments.forSecretariat(id));
        for (String outsider : List.of(here.csoMember(), here.agencyMember(), here.evaluator(), there.secretariat(), there.institute())) {
            actAs(outsider);
            for (Executable action : secretariatOnly) {
                assertThrows(AccessDeniedException.class, action, outsider);
            }
        }
        actAsPublic();
        for (Executable action : secretariatOnly) {
            assertThrows(AccessDeniedException.class, action, "public");
        }
        // the public never sees a draft, nor its text
        assertThrows(NotFoundException.class, () -> commitments.published(id));
        assertThrows(NotFoundException.class, () -> commitments.publishedText(id));

        actAs(here.secretariat());
        assertEquals(CommitmentStatus.DRAFT, commitments.forSecretariat(id).getStatus());
        assertThat(commitments.comments(id)).hasSize(1);

        // published commitment, draft plan: still nothing public
        scenario.publishCommitment(id);
        actAsPublic();
        assertThrows(NotFoundException.class, () -> commitments.publishedText(id));
        actAs(here.secretariat());
        plans.publish(here.planId());
        actAsPublic();
        assertThat(commitments.publishedText(id).getTemplate().getTitle()).isNotBlank();
        assertThrows(AccessDeniedException.class, () -> commitments.comments(id), "comments are never public");
        assertThrows(AccessDeniedException.class, () -> commitments.versions(id), "nor versions");
    }

    @Test
    void thePagesShowTheDiffAndTheThreadsAsTextAndThePublicTheFrozenVersion() throws Exception {
        World world = scenario.newState();
        scenario.publish(world);
        actAsPublic();
        String frozenTitle = commitments.publishedText(world.commitmentId()).getTemplate().getTitle();
        actAs(world.secretariat());
        edit(world, c -> {
            c.getTemplate().setTitle("Borrador visible solo al secretariado " + world.code());
            c.getTemplate().setProblem(c.getTemplate().getProblem() + " <script>alert('x')</script>");
        });
        long first = commitments.comment(world.commitmentId(), null, "Revisar <b>esto</b>").getId();
        commitments.comment(world.commitmentId(), first, "Respuesta al primero");

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(client, world.secretariat());
        HttpResponse<String> stl = get(client, "stl/commitment?id=" + world.commitmentId());
        assertEquals(200, stl.statusCode());
        assertThat(stl.body()).contains("id=\"revisionBanner\"", "versión 1", "versión 2", "class=\"diff-ins\"",
                "&lt;script&gt;alert", "Revisar &lt;b&gt;esto&lt;/b&gt;", "comment-depth-1", "Respuesta al primero",
                world.secretariat());
        assertThat(stl.body()).doesNotContain("<script>alert", "<b>esto</b>");
        assertThat(stl.body()).as("the fiscal year's limits, from BudgetLine")
                .containsPattern("minimumValue\\W{1,8}2000\\W").containsPattern("maximumValue\\W{1,8}2100\\W");

        // the milestone page leads back to the commitment's Hitos tab (CommitmentTab.MILESTONES, index 2)
        HttpResponse<String> milestone = get(client, "stl/milestone?id=" + world.milestoneId());
        assertEquals(200, milestone.statusCode());
        assertThat(milestone.body()).contains("stl/commitment?id=" + world.commitmentId() + "&amp;tab=2");

        HttpResponse<String> pub = get(HttpClient.newHttpClient(), "commitment?id=" + world.commitmentId());
        assertEquals(200, pub.statusCode());
        assertThat(pub.body()).contains(frozenTitle).doesNotContain("Borrador visible", "alert(", "Revisar", "Respuesta al primero");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient client, String username) throws Exception {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(get(client, "login").body());
        assertTrue(viewState.find(), "the sign-in page has a view state");
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(Scenario.PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), "sign-in of " + username);
    }
}
