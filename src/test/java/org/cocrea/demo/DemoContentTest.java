package org.cocrea.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cocrea.account.Account;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorType;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.BudgetLine;
import org.cocrea.commitment.Commitment;
import org.cocrea.demo.DemoSpec.CommitmentSpec;
import org.cocrea.demo.DemoSpec.FileSpec;
import org.cocrea.demo.DemoSpec.MilestoneSpec;
import org.cocrea.demo.DemoSpec.StateSpec;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileContent;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.milestone.Evidence;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanStatus;
import org.cocrea.shared.DomainException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintSource;
import org.cocrea.social.ComplaintStatus;
import org.cocrea.social.ConditionCheck;
import org.cocrea.social.Finding;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.Roadmap;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.state.State;
import org.cocrea.support.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo content, built in memory through the same {@link DemoBuilder} and entity rules the
 * application uses (only persistence is replaced), on many different days: whatever day the demo
 * is loaded, every rule holds and every state shows what the demo is meant to show.
 */
class DemoContentTest {

    /** The day the suite runs (UTC): the demo is checked as it would be built today. */
    private static final LocalDate TODAY = LocalDate.now(Clock.systemUTC());

    /** Noon UTC of that day: the same date in every Mexican state's zone. */
    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    // ---------------------------------------------------------------------------------------------
    // The content itself

    @Test
    void theFiveFollowTheMoneyStatesWithTheirInstitutes() {
        List<StateSpec> states = DemoStates.all();
        assertEquals(List.of("SON", "VER", "ZAC", "CHIH", "DGO"), states.stream().map(s -> s.code).toList());
        Map<String, String> institutes = Map.of("SON", "ISTAI", "VER", "IVAI", "ZAC", "IZAI", "CHIH", "ICHITAIP", "DGO", "IDAIP");
        for (StateSpec s : states) {
            assertTrue(s.secretariatName.startsWith("Secretariado Técnico Local"), s.code);
            List<DemoSpec.ActorSpec> institute = s.actors.stream().filter(a -> a.type() == ActorType.INFORMATION_INSTITUTE).toList();
            assertEquals(1, institute.size(), s.code);
            assertTrue(institute.get(0).name().contains("(" + institutes.get(s.code) + ")"), institute.get(0).name());
            long csos = s.actors.stream().filter(a -> a.type() == ActorType.CSO).count();
            assertTrue(csos >= 2 && csos <= 3, s.code + " has " + csos + " CSOs");
            assertEquals(1, s.actors.stream().filter(a -> a.type() == ActorType.ACADEMIA).count(), s.code);
            assertTrue(s.actors.stream().filter(a -> a.type() == ActorType.GOVERNMENT_AGENCY).count() >= 3, s.code);
            assertEquals(s.actors.size(), s.actors.stream().map(a -> a.name().toLowerCase()).distinct().count(),
                    s.code + ": actor names must be unique in a state");
        }
    }

    @Test
    void everyStateHasThreeToFiveCommitmentsWithAFullTemplateAndAtLeastOneDraft() {
        for (StateSpec s : DemoStates.all()) {
            List<CommitmentSpec> commitments = s.plan.commitments;
            assertTrue(commitments.size() >= 3 && commitments.size() <= 5, s.code + " has " + commitments.size());
            assertTrue(commitments.stream().anyMatch(c -> !c.published), s.code + " needs a draft");
            assertTrue(commitments.stream().filter(c -> c.published).count() >= 2, s.code + " needs published commitments");
            assertTrue(commitments.stream().anyMatch(c -> c.milestones.stream().allMatch(m -> m.weight != null)),
                    s.code + " needs a commitment with weights");
            assertTrue(commitments.stream().anyMatch(c -> c.milestones.stream().allMatch(m -> m.weight == null)),
                    s.code + " needs a commitment without weights");
            for (CommitmentSpec c : commitments) {
                String where = s.code + " / " + c.title;
                assertTrue(c.milestones.size() >= 3 && c.milestones.size() <= 5, where + ": 3 to 5 milestones");
                assertTrue(c.milestones.stream().allMatch(m -> m.weight != null) || c.milestones.stream().allMatch(m -> m.weight == null),
                        where + ": weights on all milestones or on none");
                for (String text : List.of(c.problem, c.statusQuo, c.objective, c.description, c.howItSolves, c.valuesExplanation,
                        c.sdg, c.gender, c.risk, c.programKey, c.programName, c.fundingSource, c.dataSources)) {
                    assertFalse(text == null || text.isBlank(), where + ": every field of the template is filled");
                }
                assertFalse(c.values.isEmpty(), where);
                assertTrue(c.coResponsibles.stream().anyMatch(key -> s.actor(key).type() == ActorType.CSO), where + ": a CSO co-responsible");
                assertEquals(2, c.budget.size(), where + ": two fiscal years");
                if (!c.published) {
                    assertTrue(c.milestones.stream().allMatch(m -> m.status == MilestoneStatus.NOT_STARTED && m.reports.isEmpty()),
                            where + ": a draft has not started");
                }
            }
        }
    }

    @Test
    void everyBudgetLineSpendsAtMostWhatIsAvailable() {
        for (StateSpec s : DemoStates.all()) {
            for (CommitmentSpec c : s.plan.commitments) {
                for (DemoSpec.BudgetSpec b : c.budget) {
                    BigDecimal available = b.modified() != null ? b.modified() : b.approved();
                    assertNotNull(b.approved(), c.title);
                    assertTrue(b.spent() == null || b.spent().compareTo(available) <= 0,
                            c.title + ": spent " + b.spent() + " > available " + available);
                    assertTrue(b.approved().signum() > 0, c.title);
                }
            }
        }
    }

    @Test
    void milestonesReportAndEndConsistentlyWithTheirStatus() {
        for (StateSpec s : DemoStates.all()) {
            for (CommitmentSpec c : s.plan.commitments) {
                for (MilestoneSpec m : c.milestones) {
                    String where = s.code + " / " + m.title;
                    assertTrue(m.fromDay <= m.toDay, where);
                    assertTrue(m.fromDay >= DemoSpec.EARLIEST_DAY && m.toDay <= DemoSpec.LATEST_DAY, where + ": within the cycle's margins");
                    assertEquals(m.status != MilestoneStatus.NOT_STARTED, !m.reports.isEmpty(), where + ": reports iff started");
                    if (!m.reports.isEmpty()) {
                        assertTrue(m.fromDay <= -3, where + ": reported on, so it started before today");
                    }
                    if (m.status.isDone()) {
                        assertTrue(m.toDay <= -20, where + ": done milestones ended a while ago");
                    }
                    int last = -1;
                    for (DemoSpec.ReportSpec r : m.reports) {
                        assertTrue(r.percent >= last, where + ": percent never goes down");
                        last = r.percent;
                        assertFalse(r.narrative.isBlank(), where);
                        assertTrue(r.links.stream().allMatch(u -> u.startsWith("https://")), where);
                    }
                    if (m.status == MilestoneStatus.IN_PROGRESS) {
                        assertTrue(last < 100, where + ": in progress reports less than 100 %");
                    }
                }
            }
        }
    }

    @Test
    void fieldsFitTheirColumns() {
        DemoSpec.CoCreationSpec road = DemoStates.coCreation();
        DemoStates.sharedToolbox().forEach(m -> assertTrue(m.title().length() <= 300 && m.description().length() <= 2000, m.title()));
        for (StateSpec s : DemoStates.all()) {
            DemoSpec.MaterialSpec own = road.stateToolbox();
            assertTrue(DemoSpec.fill(own.title(), "state", s.name).length() <= 300 && own.description().length() <= 2000, s.code);
            for (DemoSpec.MoreActorSpec a : road.moreActors()) {
                String attendee = a.attendee() == null ? "" : s.attendees.get(a.attendee()).name();
                assertTrue(DemoSpec.fill(a.name(), "state", s.name, "attendee", attendee).length() <= 200, s.code + " " + a.key());
            }
        }
        for (StateSpec s : DemoStates.all()) {
            assertTrue(s.name.length() <= 120 && s.secretariatName.length() <= 200, s.code);
            s.actors.forEach(a -> assertTrue(a.name().length() <= 200, a.name()));
            s.people.forEach(p -> assertTrue(p.fullName().length() <= 150 && p.email().length() <= 200, p.username()));
            assertTrue(s.plan.title(TODAY).length() <= 300, s.plan.titleFormat);
            for (String t : List.of(s.plan.activities, s.plan.products, s.plan.results, s.plan.impact)) {
                assertTrue(t.length() <= 5000, s.code);
            }
            for (CommitmentSpec c : s.plan.commitments) {
                assertTrue(c.title.length() <= 300, c.title);
                assertTrue(c.programKey.length() <= 40 && c.programName.length() <= 300 && c.fundingSource.length() <= 200, c.title);
                for (String text : List.of(c.problem, c.statusQuo, c.objective, c.description, c.howItSolves, c.valuesExplanation,
                        c.sdg, c.gender, c.risk, c.dataSources)) {
                    assertTrue(text.length() <= 10_000, c.title);
                }
                for (MilestoneSpec m : c.milestones) {
                    assertTrue(m.title.length() <= 300 && m.deliverable.length() <= 10_000, m.title);
                    m.reports.forEach(r -> assertTrue(r.narrative.length() <= 10_000, m.title));
                }
            }
        }
    }

    /** What the Java of the content used to hold by construction, now that it is read from a file. */
    @Test
    void theRoadToEachPlanReferencesWhatTheStateHas() {
        for (StateSpec s : DemoStates.all()) {
            assertEquals(s.code.equals("CHIH") || s.code.equals("DGO"), s.remoteSupport, s.code + ": remote support as in Follow the Money");
            assertEquals(7, s.attendees.size(), s.code + ": seven people come to the sessions");
            s.attendees.forEach(a -> assertNotNull(s.actor(a.actorKey()), a.name()));
            assertEquals(org.cocrea.actor.Gender.WOMAN, s.attendees.get(4).gender(), s.code + ": the fifth attendee is the citizen, a woman");
            for (DemoSpec.PrioritySpec p : s.priorities) {
                assertNotNull(s.actor(p.proposerKey()), p.title());
                assertEquals(2, p.scores().length, p.title());
                assertTrue(p.commitment() >= -1 && p.commitment() < s.plan.commitments.size(), p.title());
                assertTrue(p.commitment() >= 0 || p.description() != null, p.title() + ": a priority not taken up describes itself");
            }
            for (CommitmentSpec c : s.plan.commitments) {
                assertNotNull(s.actor(c.lead), c.title);
                c.coResponsibles.forEach(key -> assertNotNull(s.actor(key), c.title));
                c.milestones.forEach(m -> m.responsibles.forEach(key -> assertNotNull(s.actor(key), m.title)));
                c.milestones.forEach(m -> m.reports.forEach(r -> assertNotNull(s.person(r.author), m.title)));
            }
        }
        assertEquals(5, DemoStates.sharedToolbox().size());
    }

    /** What the Java of the road to every plan used to hold by construction, now that it is read from the file. */
    @Test
    void theRoadToEveryPlanReferencesWhatEveryStateHas() {
        DemoSpec.CoCreationSpec road = DemoStates.coCreation();
        assertEquals(List.of(org.cocrea.actor.SecretariatRole.LEAD_ALLY), road.secretariatRoles().values().stream()
                .filter(r -> r == org.cocrea.actor.SecretariatRole.LEAD_ALLY).toList(), "one lead ally");
        assertFalse(road.draftingStory().firstObjective().isBlank());
        assertFalse(road.draftingStory().request().isBlank() || road.draftingStory().answer().isBlank());
        assertTrue(road.draftingStory().request().length() <= org.cocrea.commitment.CommitmentComment.MAX_BODY
                && road.draftingStory().answer().length() <= org.cocrea.commitment.CommitmentComment.MAX_BODY);
        assertEquals(FileSpec.Kind.PDF, road.diagnosis().kind());
        assertTrue(road.priorityLink().startsWith("https://"), road.priorityLink());
        assertTrue(road.meetingLink().startsWith("https://"), road.meetingLink());
        assertEquals(List.of(org.cocrea.worksession.WorkSessionKind.TRAINING, org.cocrea.worksession.WorkSessionKind.CO_CREATION,
                org.cocrea.worksession.WorkSessionKind.CO_CREATION), road.sessions().stream().map(DemoSpec.WorkSessionSpec::kind).toList(),
                "a training, then two co-creation sessions");
        LocalDate cycleStart = DemoSpec.cycleStart(TODAY);
        for (DemoSpec.WorkSessionSpec session : road.sessions()) {
            assertEquals(DemoSpec.DaySpec.From.CYCLE_START, session.heldOn().from(), session.title());
            assertTrue(session.heldOn().in(cycleStart, TODAY).isBefore(cycleStart), session.title() + ": held before the cycle");
            assertFalse(session.agenda().isEmpty() || session.topics().isBlank() || session.minutes().isBlank(), session.title());
            assertTrue(session.material() == null || session.material().kind() == FileSpec.Kind.PDF, session.title());
            for (DemoSpec.AgreementSpec a : session.agreements()) {
                assertTrue(a.done() || a.note() == null, a.text() + ": a note only on a done agreement");
                if (a.done()) {
                    assertEquals(DemoSpec.DaySpec.From.CYCLE_START, a.due().from(), a.text());
                    assertTrue(a.due().in(cycleStart, TODAY).isBefore(cycleStart), a.text() + ": done before the cycle");
                }
            }
        }
        Set<String> moreKeys = road.moreActors().stream().map(DemoSpec.MoreActorSpec::key).collect(Collectors.toSet());
        assertEquals(road.moreActors().size(), moreKeys.size());
        for (StateSpec s : DemoStates.all()) {
            road.secretariatRoles().keySet().forEach(key -> assertNotNull(s.actor(key), s.code + " " + key));
            road.secretariatRoles().forEach((key, role) -> assertEquals(role == org.cocrea.actor.SecretariatRole.LEAD_ALLY,
                    s.actor(key).type() == ActorType.INFORMATION_INSTITUTE, s.code + ": the institute is the lead ally"));
            Set<String> keys = new HashSet<>(moreKeys);
            s.actors.forEach(a -> assertTrue(keys.add(a.key()), s.code + ": " + a.key() + " is both the state's and every state's"));
            for (DemoSpec.MoreActorSpec more : road.moreActors()) {
                assertEquals(more.kind() == org.cocrea.actor.ActorKind.PERSON, more.attendee() != null, more.key());
                if (more.attendee() != null) {
                    assertEquals(more.gender(), s.attendees.get(more.attendee()).gender(), s.code + ": " + more.key() + " is that attendee");
                }
            }
            for (DemoSpec.WorkSessionSpec session : road.sessions()) {
                String where = s.code + " / " + session.title();
                assertTrue(session.attendees() >= 1 && session.attendees() <= s.attendees.size(), where);
                session.alsoAttending().forEach(a -> assertTrue(keys.contains(a.actorKey()), where + ": " + a.actorKey()));
                session.commitments().forEach(i -> assertTrue(i >= 0 && i < s.plan.commitments.size(), where + ": commitment " + i));
                for (DemoSpec.AgreementSpec a : session.agreements()) {
                    assertTrue(keys.contains(a.ownerKey()), where + ": " + a.ownerKey());
                    assertTrue(a.commitment() == null || a.commitment() >= 0 && a.commitment() < s.plan.commitments.size(), where);
                }
            }
            CommitmentSpec first = s.plan.commitments.get(0);
            assertTrue(first.published, s.code + ": the first commitment, whose drafting is told, is published");
            assertFalse(first.objective.equals(road.draftingStory().firstObjective()), s.code + ": version 2 changes the objective");
        }
    }

    /** Every text of the road, once built, is the state's own: no placeholder is left. */
    @Test
    void theRoadToEachPlanIsToldWithTheStatesNames() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        List<String> texts = new ArrayList<>();
        sink.of(org.cocrea.actor.Actor.class).forEach(a -> texts.add(a.getName()));
        sink.of(org.cocrea.worksession.WorkSession.class).forEach(w -> texts.addAll(List.of(w.getTitle(),
                w.getPlace() != null ? w.getPlace() : w.getLink(), w.getAgenda(), w.getTopics(), w.getMinutes())));
        sink.of(org.cocrea.worksession.Agreement.class).forEach(a -> texts.add(a.getText()));
        sink.of(org.cocrea.toolbox.ToolboxMaterial.class).forEach(m -> texts.addAll(List.of(m.getTitle(), m.getDescription())));
        sink.of(org.cocrea.attachment.Attachment.class).stream().filter(a -> a.getStored().isFile())
                .forEach(a -> texts.add(a.getStored().getFileName()));
        sink.of(org.cocrea.commitment.CommitmentComment.class).forEach(c -> texts.add(c.getBody()));
        texts.forEach(t -> assertFalse(t.contains("{") || t.contains("}"), t));
        for (StateSpec s : DemoStates.all()) {
            State state = sink.state(s.code);
            assertTrue(sink.of(org.cocrea.toolbox.ToolboxMaterial.class).stream()
                    .anyMatch(m -> state.getId().equals(m.getStateId()) && m.getTitle().endsWith(s.name)), s.code);
        }
    }

    /** one plan published with a reply, one awaiting reconciliation with disagreement, one with a draft. */
    @Test
    void evaluationsInSeveralStages() {
        MemorySink sink = new MemorySink(new UploadPolicy(10L * 1024 * 1024));
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        Long son = sink.state("SON").getId();
        Long ver = sink.state("VER").getId();
        Long zac = sink.state("ZAC").getId();
        var results = sink.of(org.cocrea.evaluation.ResultVersion.class);
        assertFalse(results.isEmpty());
        assertTrue(results.stream().allMatch(r -> r.isPublished() && r.auditStateId().equals(son)));
        // Sonora publishes twice: the design of its current plan, the results of its past plan (one publication each)
        assertEquals(2, sink.of(org.cocrea.evaluation.ResultsPublication.class).size());
        var reply = sink.of(org.cocrea.evaluation.GovernmentReply.class);
        assertEquals(2, reply.size());
        assertTrue(reply.stream().allMatch(r -> r.getCommitment().isLedBy(r.getActor().getId())));
        var pastResults = results.stream().filter(r -> r.getMoment() == org.cocrea.evaluation.Moment.RESULTS).toList();
        assertEquals(3, pastResults.size());
        assertTrue(pastResults.stream().allMatch(r -> r.getCommitment().getPlan().getCycleEnd().isBefore(TODAY)));
        assertEquals(List.of("COMPLETE", "SUBSTANTIAL", "LIMITED"), pastResults.stream()
                .map(r -> r.levels().get(org.cocrea.evaluation.Item.COMPLETION)).toList());
        assertEquals(List.of("OUTSTANDING", "MAJOR", "MARGINAL"), pastResults.stream()
                .map(r -> r.levels().get(org.cocrea.evaluation.Item.OPENED_GOVERNMENT)).toList());
        var verAssessments = sink.of(org.cocrea.evaluation.Assessment.class).stream().filter(a -> a.getStateId().equals(ver)).toList();
        assertTrue(verAssessments.stream().allMatch(org.cocrea.evaluation.Assessment::isSubmitted));
        assertTrue(verAssessments.stream().anyMatch(a -> verAssessments.stream().anyMatch(b -> b != a
                && a.getCommitment() == b.getCommitment() && !a.levels().equals(b.levels()))), "two evaluators disagree in Veracruz");
        var zacAssessments = sink.of(org.cocrea.evaluation.Assessment.class).stream().filter(a -> a.getStateId().equals(zac)).toList();
        assertEquals(1, zacAssessments.size());
        assertFalse(zacAssessments.get(0).isSubmitted());
        // two per plan in Sonora (current and past) and Veracruz, one in Zacatecas
        assertEquals(7, sink.of(org.cocrea.evaluation.EvaluatorAssignment.class).size());
    }

    @Test
    void accountsForEveryRoleInEveryStatePlusTheAdministrator() {
        Set<String> usernames = new HashSet<>(Set.of(DemoAccounts.ADMIN_USERNAME));
        for (StateSpec s : DemoStates.all()) {
            List<Role> roles = s.people.stream().map(DemoSpec.PersonSpec::role).sorted().toList();
            // Sonora and Veracruz have a second evaluator (two evaluators assess their plans)
            List<Role> expected = new java.util.ArrayList<>(List.of(Role.SECRETARIAT, Role.INFORMATION_INSTITUTE,
                    Role.RESPONSIBLE_ACTOR, Role.RESPONSIBLE_ACTOR, Role.EVALUATOR));
            if (Set.of("SON", "VER").contains(s.code)) {
                expected.add(Role.EVALUATOR);
            }
            assertEquals(expected, roles, s.code);
            for (DemoSpec.PersonSpec p : s.people) {
                assertTrue(USERNAME.matcher(p.username()).matches(), p.username());
                assertTrue(usernames.add(p.username()), "duplicate " + p.username());
                assertNotNull(s.actor(p.actorKey()));
            }
            Set<ActorType> responsibleTypes = s.people.stream().filter(p -> p.role() == Role.RESPONSIBLE_ACTOR)
                    .map(p -> s.actor(p.actorKey()).type()).collect(Collectors.toSet());
            assertEquals(Set.of(ActorType.CSO, ActorType.GOVERNMENT_AGENCY), responsibleTypes, s.code);
            String secretariatAgency = s.person(DemoStates.SECRETARIADO).actorKey();
            assertEquals(ActorType.GOVERNMENT_AGENCY, s.actor(secretariatAgency).type());
            assertTrue(s.plan.commitments.stream().anyMatch(c -> c.published && c.lead.equals(secretariatAgency)),
                    s.code + ": the secretariat member works for an agency that leads commitments");
        }
        assertEquals(28, usernames.size());
    }

    @Test
    void describeListsEveryAccountAndThePassword() {
        String text = DemoAccounts.describe();
        assertTrue(text.contains(DemoAccounts.PASSWORD));
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("admin ") && l.contains("PLATFORM_ADMIN")));
        for (StateSpec s : DemoStates.all()) {
            for (DemoSpec.PersonSpec p : s.people) {
                assertTrue(text.lines().anyMatch(l -> l.contains(p.username() + " ") && l.contains(p.role().name())
                        && l.endsWith(s.name)), p.username());
            }
        }
        assertTrue(DemoAccounts.PASSWORD.length() >= org.cocrea.account.Passwords.MIN_LENGTH);
    }

    // ---------------------------------------------------------------------------------------------
    // Built through the entity rules, on any day

    @Test
    void buildsTodayWithRealFileChecks() {
        MemorySink sink = new MemorySink(new UploadPolicy(10L * 1024 * 1024));
        DemoBuilder.Summary summary = new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        checkBuilt(sink, TODAY);
        assertEquals(28, summary.accounts());
        assertEquals(5, summary.states());

        List<Evidence> files = sink.of(Evidence.class).stream().filter(e -> e.getStored().isFile()).toList();
        Set<String> types = files.stream().map(e -> e.getStored().getMediaType()).collect(Collectors.toSet());
        assertEquals(Set.of("application/pdf", "image/png", "text/csv"), types);
        for (StateSpec s : DemoStates.all()) {
            assertTrue(files.stream().anyMatch(e -> e.getReport().getMilestone().getCommitment().getStateId()
                    .equals(sink.state(s.code).getId())), s.code + " has evidence files");
        }
    }

    /** The demo files its records its own way, and still logs what the services log (issue 16). */
    @Test
    void everyReportEvidenceSignOffDoneMilestoneAndPublicationIsLogged() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        var milestones = sink.of(org.cocrea.milestone.Milestone.class);
        long signOffs = milestones.stream().mapToLong(m -> m.getSignOffs().size()).sum();
        long complete = milestones.stream().filter(m -> m.getStatus().isDone()).count();
        long verified = milestones.stream().filter(m -> m.getStatus() == org.cocrea.milestone.MilestoneStatus.VERIFIED).count();
        assertTrue(verified > 0 && signOffs == 2 * verified, "the demo has verified milestones, two sign-offs each");
        // a milestone completed again after a declined sign-off enters the log a second time, as the service logs it
        long completedAgain = sink.of(org.cocrea.milestone.SignOffDecline.class).stream()
                .filter(d -> d.getMilestone().getStatus().isDone()).count();
        assertEquals(sink.of(org.cocrea.milestone.ProgressReport.class).size() + sink.of(Evidence.class).size()
                + signOffs + complete + verified + completedAgain, sink.logged.size());
        assertEquals(sink.of(org.cocrea.commitment.Commitment.class).stream().filter(c -> c.getPublishedVersion() != null).count(),
                sink.publicationsLogged.size());
        for (org.cocrea.transparency.Loggable logged : sink.logged.subList(0, 3)) {
            assertTrue(logged.loggedFacts().canonical().startsWith("{\""), "canonical JSON");
        }
    }

    /**
     * Issue 13 in the demo: Sonora has a confirmed follower of the state and one of a commitment, three
     * comments of the public on a published commitment (answered by the secretariat, rejected with a
     * reason, published and waiting) and a sign-off declined with its reason, kept in the milestone's history.
     */
    @Test
    void sonoraShowsFollowersCommentsAndADeclinedSignOff() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        State sonora = sink.state("SON");

        var followers = sink.of(org.cocrea.follow.Follower.class);
        assertEquals(2, followers.size());
        assertTrue(followers.stream().allMatch(org.cocrea.follow.Follower::isConfirmed), "both went through the double opt-in");
        assertEquals(Set.of(org.cocrea.follow.FollowTarget.STATE, org.cocrea.follow.FollowTarget.COMMITMENT),
                followers.stream().map(org.cocrea.follow.Follower::getTarget).collect(Collectors.toSet()));
        assertTrue(followers.stream().anyMatch(f -> f.getTarget() == org.cocrea.follow.FollowTarget.STATE
                && f.getTargetId() == sonora.getId()));

        var comments = sink.of(org.cocrea.follow.PublicComment.class);
        assertEquals(3, comments.size());
        assertTrue(comments.stream().allMatch(c -> c.getStateId() == sonora.getId()));
        Commitment commented = sink.of(Commitment.class).stream().filter(c -> c.getId() == comments.get(0).getCommitmentId())
                .findFirst().orElseThrow();
        assertNotNull(commented.getPublishedVersion(), "comments are on a published commitment");
        var answered = comments.stream().filter(org.cocrea.follow.PublicComment::isAnswered).toList();
        assertEquals(1, answered.size());
        assertEquals(org.cocrea.follow.CommentStatus.APPROVED, answered.get(0).getStatus());
        assertEquals(sonora.getSecretariatName(), answered.get(0).getAnswerOrganization());
        var rejected = comments.stream().filter(c -> c.getStatus() == org.cocrea.follow.CommentStatus.REJECTED).toList();
        assertEquals(1, rejected.size());
        assertFalse(rejected.get(0).getRejectReason().isBlank());
        assertEquals(1, comments.stream().filter(c -> c.getStatus() == org.cocrea.follow.CommentStatus.APPROVED
                && !c.isAnswered()).count(), "one published, still unanswered");

        var declines = sink.of(org.cocrea.milestone.SignOffDecline.class);
        assertEquals(1, declines.size());
        var decline = declines.get(0);
        assertEquals(SignOffParty.CSO_CO_RESPONSIBLE, decline.getParty());
        assertFalse(decline.getReason().isBlank());
        assertEquals(decline, decline.getMilestone().latestDecline().orElseThrow(), "kept in the milestone's history");
        assertEquals(MilestoneStatus.COMPLETE, decline.getMilestone().getStatus(), "completed again: the public counts stay");
        assertTrue(decline.getMilestone().getSignOffs().isEmpty(), "still waiting for its signatures");

        // issue 13: the demo's outbox holds the mails of these events, sent as the services send them
        assertEquals(List.of("FollowRequested", "FollowRequested", "CommentAnswered", "Declined", "StatusChanged"),
                sink.mailed.stream().map(e -> e.getClass().getSimpleName()).toList());
        org.assertj.core.api.Assertions.assertThat(sink.mailed).filteredOn(DemoMail.StatusChanged.class::isInstance).singleElement()
                .satisfies(e -> assertEquals(decline.getMilestone(), ((DemoMail.StatusChanged) e).milestone()));
    }

    /** Issue 13 in the demo: Sonora's milestones have activities; those done were ticked by a report of their own milestone. */
    @Test
    void sonoraHasActivitiesDoneThroughItsReports() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        var activities = sink.of(org.cocrea.milestone.MilestoneActivity.class);
        var ticks = sink.of(org.cocrea.milestone.ActivityTick.class);
        assertTrue(activities.size() >= 4, "a few activities");
        assertTrue(activities.stream().allMatch(a -> sink.state("SON").getId().equals(a.getMilestone().getCommitment().getStateId())));
        var done = activities.stream().filter(a -> a.getStatus().isDone()).toList();
        assertFalse(done.isEmpty(), "some done");
        assertTrue(activities.stream().anyMatch(a -> !a.getStatus().isDone()), "some still open");
        assertEquals(Set.copyOf(done), ticks.stream().map(org.cocrea.milestone.ActivityTick::getActivity).collect(Collectors.toSet()),
                "every done activity was ticked by a report, and only those");
        for (var tick : ticks) {
            assertEquals(tick.getActivity().getMilestone(), tick.getReport().getMilestone());
        }
        for (var a : activities) {
            assertFalse(a.getStartDate().isBefore(a.getMilestone().getStartDate()) || a.getEndDate().isAfter(a.getMilestone().getEndDate()),
                    a.getTitle());
        }
    }

    /** Sonora keeps no daylight saving and Chihuahua its own hour; the others live by Mexico City's clock. */
    @Test
    void eachStateLivesInItsOwnZone() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        assertEquals(ZoneId.of("America/Hermosillo"), sink.state("SON").zone());
        assertEquals(ZoneId.of("America/Chihuahua"), sink.state("CHIH").zone());
        for (String code : List.of("VER", "ZAC", "DGO")) {
            assertEquals(ZoneId.of("America/Mexico_City"), sink.state(code).zone(), code);
        }
    }

    @Test
    void eachStateHasTheRoadToItsCommitments() {
        MemorySink sink = new MemorySink(new UploadPolicy(10L * 1024 * 1024));
        DemoBuilder.Summary summary = new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        assertTrue(summary.toString().contains("priorities"), summary.toString());
        for (StateSpec spec : DemoStates.all()) {
            long stateId = sink.state(spec.code).getId();
            List<org.cocrea.actor.Actor> actors = sink.of(org.cocrea.actor.Actor.class).stream()
                    .filter(a -> a.belongsTo(stateId)).toList();
            assertEquals(List.of(org.cocrea.actor.ActorType.INFORMATION_INSTITUTE),
                    actors.stream().filter(org.cocrea.actor.Actor::isLeadAlly).map(org.cocrea.actor.Actor::getType).toList());
            assertTrue(actors.stream().anyMatch(a -> a.getKind() == org.cocrea.actor.ActorKind.PERSON), spec.code + " a person");
            assertTrue(actors.stream().filter(a -> a.getKind() == org.cocrea.actor.ActorKind.ORGANIZATION)
                    .allMatch(a -> a.getEmail() != null), spec.code + " organizations have contacts");
            List<org.cocrea.priority.Priority> priorities = sink.of(org.cocrea.priority.Priority.class).stream()
                    .filter(p -> p.getStateId().equals(stateId)).toList();
            assertTrue(priorities.size() >= 4, spec.code + " priorities");
            assertTrue(priorities.stream().anyMatch(p -> !p.getCommitments().isEmpty()), spec.code + " priority → commitment");
            assertTrue(priorities.stream().anyMatch(p -> p.getCommitments().isEmpty()), spec.code + " priority not taken up");
            long scores = sink.of(org.cocrea.priority.PriorityScore.class).stream()
                    .filter(sc -> sc.getPriority().getStateId().equals(stateId)).count();
            assertEquals(2L * priorities.size(), scores, spec.code + " two members score every priority");

            org.cocrea.commitment.Commitment drafted = sink.of(org.cocrea.commitment.Commitment.class).stream()
                    .filter(c -> c.getStateId().equals(stateId)).findFirst().orElseThrow();
            assertEquals(2, drafted.getCurrentVersion(), spec.code + " two drafts");
            assertEquals(Integer.valueOf(2), drafted.getPublishedVersion(), spec.code + " the second draft is public");
            assertEquals(2, sink.of(org.cocrea.commitment.CommitmentVersion.class).stream()
                    .filter(v -> v.getCommitment() == drafted).count());
            assertTrue(sink.of(org.cocrea.commitment.CommitmentComment.class).stream()
                    .anyMatch(cc -> cc.getCommitment() == drafted && cc.getParentId() != null), spec.code + " a threaded answer");

            List<org.cocrea.worksession.WorkSession> sessions = sink.of(org.cocrea.worksession.WorkSession.class).stream()
                    .filter(se -> se.getStateId().equals(stateId)).toList();
            assertEquals(1, sessions.stream().filter(se -> se.getKind() == org.cocrea.worksession.WorkSessionKind.TRAINING).count());
            assertEquals(2, sessions.stream().filter(se -> se.getKind() == org.cocrea.worksession.WorkSessionKind.CO_CREATION).count());
            boolean remote = spec.code.equals("CHIH") || spec.code.equals("DGO");
            assertTrue(sessions.stream().allMatch(se -> (se.getMode() == org.cocrea.worksession.WorkSessionMode.REMOTE) == remote),
                    spec.code + ": remote support means remote sessions");
            for (org.cocrea.worksession.WorkSession se : sessions) {
                se.checkDetails();
                assertTrue(se.figures().bySector().size() >= 3, spec.code + " attendance from three sectors or more");
            }
            List<org.cocrea.worksession.Agreement> agreements = sink.of(org.cocrea.worksession.Agreement.class).stream()
                    .filter(a -> a.getStateId().equals(stateId)).toList();
            assertTrue(agreements.stream().anyMatch(org.cocrea.worksession.Agreement::isDone), spec.code + " a done agreement");
            assertTrue(agreements.stream().anyMatch(a -> a.isOverdue(TODAY)), spec.code + " an overdue agreement");
            assertTrue(agreements.stream().anyMatch(a -> !a.isDone() && !a.isOverdue(TODAY)), spec.code + " an open agreement");
        }
        List<org.cocrea.toolbox.ToolboxMaterial> materials = sink.of(org.cocrea.toolbox.ToolboxMaterial.class);
        assertEquals(5, materials.stream().filter(org.cocrea.toolbox.ToolboxMaterial::isShared).count());
        assertEquals(DemoStates.all().size(), materials.stream().filter(m -> !m.isShared()).count());
        // issue 9: a couple of toolbox uses of shared materials (one adapted, with its version) and one assistance request
        List<org.cocrea.toolbox.ToolboxUse> uses = sink.of(org.cocrea.toolbox.ToolboxUse.class);
        assertEquals(2, uses.size());
        assertTrue(uses.stream().allMatch(u -> u.getMaterial().isShared() && u.getPlan().isPublished() && u.isPublic()));
        assertTrue(uses.stream().anyMatch(u -> u.getKind() == org.cocrea.toolbox.UseKind.ADAPTED && u.getAdaptedFile() != null
                && u.getAdaptedFile().getOwner() == org.cocrea.attachment.AttachmentOwner.TOOLBOX_USE
                && u.getAdaptedFile().getOwnerId() == u.getId()));
        List<org.cocrea.assistance.AssistanceRequest> requests = sink.of(org.cocrea.assistance.AssistanceRequest.class);
        assertEquals(1, requests.size());
        assertEquals(org.cocrea.assistance.AssistanceStatus.IN_CONTACT, requests.get(0).getStatus());
    }

    /** Around every turn of the year and the cycle's switch (October 1st), and at random-ish days. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-06-15", "2025-09-30", "2025-10-01", "2025-12-17", "2025-12-31",
        "2026-01-01", "2026-02-28", "2026-07-04", "2026-09-30", "2026-10-01", "2026-11-21", "2026-12-31",
        "2027-03-15", "2028-02-29", "2028-12-31", "2031-05-05"})
    void buildsOnAnyDay(String day) {
        LocalDate today = LocalDate.parse(day);
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(today)).build(DemoStates.all());
        checkBuilt(sink, today);
    }

    /**
     * Every third day of three years (the edges are above): 366 whole builds of some tens of milliseconds
     * each, so the days are built side by side on every core, each with its own specs, sink and clock.
     */
    @Test
    void buildsAllYearRound() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<LocalDate> days = Stream.iterate(first, d -> d.isBefore(LocalDate.of(2029, 1, 1)), d -> d.plusDays(3)).toList();
        assertEquals(366, days.size());
        days.parallelStream().forEach(today -> {
            MemorySink sink = new MemorySink(null);
            new DemoBuilder(sink, on(today)).build(DemoStates.all());
            checkOverdueAndAtRisk(sink, today);
        });
    }

    @Test
    void theBuilderKeepsTheEntityRules() {
        StateSpec broken = DemoStates.all().get(0);
        broken.plan.commitments.get(0).milestones.get(0).days(-400, -300); // before the commitment starts
        DomainException e = assertThrows(DomainException.class,
                () -> new DemoBuilder(new MemorySink(null), on(TODAY)).build(List.of(broken)));
        assertEquals("milestone.dates.beforeCommitment", e.messageKey());

        StateSpec overspent = DemoStates.all().get(1);
        overspent.plan.commitments.get(0).budget.set(0, new DemoSpec.BudgetSpec(false, new BigDecimal("10.00"),
                new BigDecimal("20.00"), new BigDecimal("20.01")));
        e = assertThrows(DomainException.class, () -> new DemoBuilder(new MemorySink(null), on(TODAY)).build(List.of(overspent)));
        assertEquals("budget.spentExceeds", e.messageKey());
    }

    @Test
    void theDemoAdministratorIsLeftOutWhenTheNameIsTaken() {
        MemorySink sink = new MemorySink(null);
        sink.usernames.add(DemoAccounts.ADMIN_USERNAME);
        DemoBuilder.Summary summary = new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        assertEquals(27, summary.accounts());
        assertTrue(summary.adminLeftOut() && summary.toString().contains("already taken"), summary.toString());
        assertTrue(sink.accounts.stream().noneMatch(a -> a.getRole() == Role.PLATFORM_ADMIN));
    }

    private static void checkBuilt(MemorySink sink, LocalDate today) {
        assertEquals(28, sink.accounts.size());
        assertTrue(sink.accounts.stream().allMatch(Account::isDemo));
        assertEquals(1, sink.accounts.stream().filter(a -> a.getRole() == Role.PLATFORM_ADMIN && a.getState() == null).count());

        for (ActionPlan plan : sink.of(ActionPlan.class)) {
            assertEquals(PlanStatus.PUBLISHED, plan.getStatus());
            // every state's current plan is followed up; Sonora's past plan is over, in its last phase
            boolean past = plan.getCycleEnd().isBefore(today);
            assertEquals(past ? Phase.SYSTEMATIZATION : Phase.FOLLOW_UP, plan.getPhase(), plan.getTitle());
            assertTrue(past || plan.covers(today), plan.getTitle() + " on " + today);
            assertFalse(plan.getTheoryImpact().isBlank());
        }
        assertEquals(List.of("SON"), sink.of(ActionPlan.class).stream().filter(p -> p.getCycleEnd().isBefore(today))
                .map(p -> p.getState().getCode()).toList());
        for (Commitment c : sink.of(Commitment.class)) {
            String where = c.getTitle() + " on " + today;
            assertTrue(c.getPlan().covers(c.getStartDate()) && c.getPlan().covers(c.getEndDate()), where);
            assertEquals(2, c.getBudgetLines().size(), where);
            for (BudgetLine line : c.getBudgetLines()) {
                BigDecimal available = line.getModified() != null ? line.getModified() : line.getApproved();
                assertTrue(line.getSpent() == null || line.getSpent().compareTo(available) <= 0, where + " " + line);
            }
            LocalDate builtOn = c.getPlan().getCycleEnd().isBefore(today) ? today.minusYears(2) : today; // the past plan: two years ago
            assertEquals(Set.of(builtOn.getYear() - 1, builtOn.getYear()),
                    c.getBudgetLines().stream().map(BudgetLine::getFiscalYear).collect(Collectors.toSet()), where);
            if (c.isPublished()) {
                assertTrue(c.isPublic(), where);
                assertTrue(c.missingForPublication().isEmpty(), where);
                assertTrue(c.progress().isComputable(), where);
            }
        }
        for (Milestone m : sink.of(Milestone.class)) {
            String where = m.getTitle() + " on " + today;
            assertFalse(m.getStartDate().isBefore(m.getCommitment().getStartDate()), where);
            assertFalse(m.getEndDate().isAfter(m.getCommitment().getEndDate()), where);
            if (m.getStatus() == MilestoneStatus.VERIFIED) {
                assertEquals(2, m.getSignOffs().size(), where);
                Account lead = m.signOffOf(SignOffParty.GOVERNMENT_LEAD).orElseThrow().getSignedBy();
                Account cso = m.signOffOf(SignOffParty.CSO_CO_RESPONSIBLE).orElseThrow().getSignedBy();
                assertTrue(m.getCommitment().isLedBy(lead.getActor().getId()), where);
                assertTrue(m.getCommitment().hasCsoCoResponsible(cso.getActor()), where);
            }
        }
        for (ProgressReport r : sink.of(ProgressReport.class)) {
            Milestone m = r.getMilestone();
            String where = m.getTitle() + " on " + today;
            assertFalse(r.getReportedOn().isAfter(today), where);
            assertFalse(r.getReportedOn().isBefore(m.getStartDate()), where);
            assertFalse(r.getReportedOn().isAfter(m.getEndDate()), where);
        }
        // The stored bytes are exactly what was hashed.
        Map<Long, byte[]> bytes = sink.of(FileContent.class).stream()
                .collect(Collectors.toMap(FileContent::getId, FileContent::getContent));
        for (Evidence e : sink.of(Evidence.class)) {
            StoredFile file = e.getStored();
            if (file.isFile()) {
                byte[] content = bytes.get(file.getContentId());
                assertEquals(UploadPolicy.sha256(content), file.getSha256(), file.getFileName());
                assertEquals(content.length, file.getSizeBytes(), file.getFileName());
            }
        }
        checkOverdueAndAtRisk(sink, today);
    }

    /** Every state shows, in its published commitments, every status, an overdue milestone and one at risk. */
    private static void checkOverdueAndAtRisk(MemorySink sink, LocalDate today) {
        Map<Long, List<Milestone>> byState = sink.of(Milestone.class).stream()
                .filter(m -> m.getCommitment().isPublished())
                .collect(Collectors.groupingBy(m -> m.getCommitment().getStateId()));
        assertEquals(5, byState.size());
        byState.forEach((state, milestones) -> assertAll("state " + state + " on " + today,
                () -> assertEquals(EnumSet.allOf(MilestoneStatus.class),
                        milestones.stream().map(Milestone::getStatus).collect(Collectors.toCollection(() -> EnumSet.noneOf(MilestoneStatus.class)))),
                () -> assertTrue(milestones.stream().anyMatch(m -> m.isOverdue(today)), "an overdue milestone"),
                () -> assertTrue(milestones.stream().anyMatch(m -> m.isAtRisk(today)), "a milestone at risk")));
    }

    // ---------------------------------------------------------------------------------------------
    // The generated files

    @Test
    void generatedFilesAreValidAndAccepted() throws Exception {
        UploadPolicy policy = new UploadPolicy(10L * 1024 * 1024);
        Map<FileSpec.Kind, String> expected = Map.of(FileSpec.Kind.PDF, "application/pdf", FileSpec.Kind.PNG, "image/png",
                FileSpec.Kind.CSV, "text/csv", FileSpec.Kind.BUDGET_CSV, "text/csv");
        Set<FileSpec.Kind> seen = EnumSet.noneOf(FileSpec.Kind.class);
        for (StateSpec s : DemoStates.all()) {
            for (CommitmentSpec c : s.plan.commitments) {
                for (FileSpec f : files(c)) {
                    byte[] bytes = f.bytes(TODAY, c);
                    CheckedUpload checked = policy.check(new Upload(f.fileName(), bytes));
                    assertEquals(expected.get(f.kind()), checked.mediaType(), f.fileName());
                    assertEquals(f.fileName(), checked.fileName());
                    seen.add(f.kind());
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    assertFalse(text.contains("{year}") || text.contains("{lastYear}"), f.fileName());
                    switch (f.kind()) {
                        case PDF -> checkPdf(bytes, f.fileName());
                        case PNG -> {
                            var image = ImageIO.read(new ByteArrayInputStream(bytes));
                            assertNotNull(image, f.fileName());
                            assertEquals(DemoFiles.PNG_WIDTH, image.getWidth());
                            assertEquals(DemoFiles.PNG_HEIGHT, image.getHeight());
                        }
                        case CSV, BUDGET_CSV -> {
                            List<String> lines = text.lines().toList();
                            int columns = csvColumns(lines.get(0));
                            assertTrue(lines.size() >= 3, f.fileName());
                            lines.forEach(l -> assertEquals(columns, csvColumns(l), f.fileName() + ": " + l));
                        }
                        default -> throw new AssertionError(f.kind());
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(FileSpec.Kind.class), seen);
    }

    @Test
    void theBudgetCsvShowsTheCommitmentsOwnLines() {
        CommitmentSpec c = DemoStates.all().get(0).plan.commitments.get(0);
        String csv = new String(FileSpec.budgetCsv("p.csv").bytes(LocalDate.of(2026, 11, 21), c), StandardCharsets.UTF_8);
        assertTrue(csv.contains("2025,E045,Programa de Atención a la Salud,Recursos estatales / FASSA (Ramo 33),412650000.00,"
                + "438912400.50,431004215.80"), csv);
        assertTrue(csv.contains("\r\n2026,E045,"), csv);
    }

    @Test
    void thePdfEscapesAndKeepsItsCrossReferences() {
        byte[] pdf = DemoFiles.pdf("Título (con paréntesis) \\ y guion – largo", List.of("Línea “uno”", "ñandú"));
        checkPdf(pdf, "test");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("(T\u00edtulo \\(con par\u00e9ntesis\\) \\\\ y guion - largo)"), text);
        assertTrue(text.contains("(L\u00ednea \"uno\")"), text);
    }

    @Test
    void longPdfLinesAreWrapped() {
        assertEquals(List.of("uno dos", "tres"), DemoFiles.wrap("uno dos tres", 7));
        assertEquals(List.of("palabralarguísima", "y"), DemoFiles.wrap("palabralarguísima y", 5));
        assertEquals(List.of(""), DemoFiles.wrap("", 5));
    }

    /** The header and that every cross-reference offset points at the start of its object. */
    private static void checkPdf(byte[] pdf, String name) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"), name);
        assertTrue(text.endsWith("%%EOF\n"), name);
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
        assertTrue(startxref.find(), name);
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(text.startsWith("xref\n", xref), name);
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        int object = 1;
        while (entries.find()) {
            assertTrue(text.startsWith(object + " 0 obj\n", Integer.parseInt(entries.group(1))), name + " object " + object);
            object++;
        }
        assertEquals(6, object, name);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertTrue(length.find(), name);
        assertTrue(text.startsWith("endstream", length.end() + Integer.parseInt(length.group(1))), name);
    }

    // indicators and treasure hunts of every demo state
    @Test
    void everyStateMeasuresIndicatorsOneLateAndHuntsTwiceSonoraEasierVeracruzNot() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        for (StateSpec spec : DemoStates.all()) {
            Long stateId = sink.state(spec.code).getId();
            List<org.cocrea.indicator.TrackedIndicator> tracked = sink.of(org.cocrea.indicator.Indicator.class).stream()
                    .filter(i -> i.getStateId().equals(stateId))
                    .map(i -> org.cocrea.indicator.TrackedIndicator.of(i, sink.of(org.cocrea.indicator.Measurement.class).stream()
                            .filter(m -> m.getIndicator() == i).toList(), i.getPlan().today(on(TODAY))))
                    .toList();
            assertTrue(tracked.size() >= 2, spec.code);
            assertTrue(tracked.stream().allMatch(t -> !t.measurements().isEmpty()), spec.code);
            assertTrue(tracked.stream().anyMatch(org.cocrea.indicator.TrackedIndicator::late), spec.code + ": one behind and late");
            assertEquals(2, sink.of(org.cocrea.treasurehunt.TreasureHunt.class).stream()
                    .filter(h -> h.getStateId().equals(stateId)).count(), spec.code);
        }
        assertEquals(org.cocrea.treasurehunt.Ease.EASIER, huntComparison(sink, "SON").overall().ease());
        assertEquals(org.cocrea.treasurehunt.Ease.SAME, huntComparison(sink, "VER").overall().ease());
        assertTrue(sink.of(org.cocrea.indicator.Indicator.class).stream()
                .anyMatch(i -> i.getResult() != null && i.getStateId().equals(sink.state("SON").getId())), "an indicator of a result");
    }

    private static org.cocrea.treasurehunt.HuntComparison huntComparison(MemorySink sink, String code) {
        Long stateId = sink.state(code).getId();
        org.cocrea.treasurehunt.TreasureHunt followUp = sink.of(org.cocrea.treasurehunt.TreasureHunt.class).stream()
                .filter(h -> h.getStateId().equals(stateId) && h.isFollowUp()).findFirst().orElseThrow();
        List<org.cocrea.treasurehunt.HuntAnswer> answers = sink.of(org.cocrea.treasurehunt.HuntAnswer.class);
        return org.cocrea.treasurehunt.HuntComparison.of(sink.of(org.cocrea.treasurehunt.HuntQuestion.class).stream()
                .filter(q -> q.getHunt() == followUp)
                .map(q -> new org.cocrea.treasurehunt.HuntComparison.Pair(q.getText(),
                        answers.stream().filter(a -> a.getQuestion().getId().equals(q.getCopiedFrom()))
                                .map(org.cocrea.treasurehunt.HuntAnswer::finding).toList(),
                        answers.stream().filter(a -> a.getQuestion() == q).map(org.cocrea.treasurehunt.HuntAnswer::finding).toList()))
                .toList());
    }

    private static int csvColumns(String line) {
        int columns = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                columns++;
            }
        }
        return columns;
    }

    private static List<FileSpec> files(CommitmentSpec c) {
        return c.milestones.stream().flatMap(m -> m.reports.stream()).flatMap(r -> r.files.stream()).toList();
    }

    // ---------------------------------------------------------------------------------------------

    private record PublishedReport(ActionPlan plan, String secretariat, String foreword, String conclusions) {
    }

    /** Issue 9: at least one state publishes its report (through ReportService, see DemoData), as its secretariat, with texts. */
    @Test
    void atLeastOneStatePublishesTheReportOfItsPastPlanAsItsSecretariatWithForewordAndConclusions() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        assertFalse(sink.reportsPublished.isEmpty(), "no demo state publishes a report");
        for (PublishedReport report : sink.reportsPublished) {
            ActionPlan plan = report.plan();
            assertNotNull(plan.getId());
            assertTrue(plan.isPublished(), plan.getTitle());
            assertEquals(Phase.SYSTEMATIZATION, plan.getPhase(), plan.getTitle());
            Account author = sink.accounts.stream().filter(a -> a.getUsername().equals(report.secretariat())).findFirst().orElseThrow();
            assertEquals(Role.SECRETARIAT, author.getRole());
            assertEquals(plan.getState().getId(), author.getState().getId());
            assertTrue(report.foreword().contains(plan.getState().getName()), report.foreword());
            assertFalse(report.conclusions().isBlank());
        }
    }

    /** Numbers records as the database would, keeps them, and checks files only when given a policy. */
    private static final class MemorySink implements DemoBuilder.Sink {
        final List<Object> persisted = new ArrayList<>();
        final List<Account> accounts = new ArrayList<>();
        final Set<String> usernames = new HashSet<>();
        final List<org.cocrea.transparency.Loggable> logged = new ArrayList<>();
        final List<org.cocrea.commitment.Commitment> publicationsLogged = new ArrayList<>();
        final List<DemoMail> mailed = new ArrayList<>();
        final List<PublishedReport> reportsPublished = new ArrayList<>();
        /** What the trail was given: each entry's action, subject and snapshots as text. */
        final List<String> trail = new ArrayList<>();
        private final UploadPolicy policy;
        private List<org.cocrea.social.ProgramCondition> conditions;
        private final org.cocrea.social.IdentityCipher cipher = org.cocrea.social.IdentityCipher.withKey(new byte[32]);
        private long nextId = 1;

        MemorySink(UploadPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void persist(Object entity) {
            Entities.withId(entity, nextId++);
            persisted.add(entity);
        }

        @Override
        public void createAccount(Account account) {
            assertTrue(usernames.add(account.getUsername()), "duplicate " + account.getUsername());
            accounts.add(Entities.withId(account, nextId++));
        }

        @Override
        public boolean usernameTaken(String username) {
            return usernames.contains(username);
        }

        @Override
        public CheckedUpload check(Upload upload) {
            return policy != null ? policy.check(upload)
                    : new CheckedUpload(upload.fileName(), "application/octet-stream", upload.bytes().length,
                            UploadPolicy.sha256(upload.bytes()), upload.bytes());
        }

        @Override
        public void log(org.cocrea.transparency.Loggable record) {
            logged.add(record);
        }

        @Override
        public void logPublication(org.cocrea.commitment.Commitment commitment, java.time.Instant publishedAt) {
            publicationsLogged.add(commitment);
        }

        /** As the senders see it when it is raised: a follower still unconfirmed, with its id; the rest written. */
        @Override
        public void mail(DemoMail event) {
            if (event instanceof DemoMail.FollowRequested e) {
                assertNotNull(e.follower().getId(), "the confirmation link carries the follower's id");
                assertFalse(e.follower().isConfirmed(), "the confirmation mail goes out before the follower confirms");
            } else if (event instanceof DemoMail.CommentAnswered e) {
                assertTrue(e.comment().isAnswered());
            } else if (event instanceof DemoMail.Declined e) {
                assertTrue(persisted.contains(e.decline()));
            }
            mailed.add(event);
        }

        @Override
        public Account existingAccount(String username) {
            return accounts.stream().filter(a -> a.getUsername().equals(username)).findFirst()
                    .orElseGet(() -> Entities.withId(new Account(username, "Administración", username + "@ejemplo.mx",
                            Role.PLATFORM_ADMIN, null, null, false), nextId++));
        }

        @Override
        public void audit(String action, Auditable subject, Map<String, Object> before) {
            assertNotNull(subject.getId(), action + " " + subject.auditType());
            assertNotNull(subject.auditSnapshot());
            boolean shared = subject instanceof org.cocrea.toolbox.ToolboxMaterial m && m.isShared()
                    || subject instanceof org.cocrea.attachment.Attachment a
                            && a.getOwner() == org.cocrea.attachment.AttachmentOwner.TOOLBOX && a.getStateId() == null
                    || subject instanceof org.cocrea.assistance.AssistanceRequest; // from a state outside the program: none of Cocrea's
            if (!(subject instanceof State) && !shared) {
                assertNotNull(subject.auditStateId(), action + " " + subject.auditType());
            }
            trail.add(action + " " + subject.auditType() + " " + before + " " + subject.auditSnapshot());
        }

        /** The six conditions V26 seeds, in their order. */
        @Override
        public List<org.cocrea.social.ProgramCondition> programConditions() {
            if (conditions == null) {
                conditions = Stream.of("Reglas de operación publicadas", "Padrón de beneficiarios publicado", "Presupuesto publicado",
                                "Mecanismo de quejas y denuncias", "Existe una evaluación", "Mecanismo de participación ciudadana")
                        .map(name -> Entities.withId(new org.cocrea.social.ProgramCondition(name, name, 1), nextId++)).toList();
            }
            return conditions;
        }

        @Override
        public org.cocrea.social.IdentityCipher identityCipher() {
            return cipher;
        }

        @Override
        public void publishReport(ActionPlan plan, String secretariat, String foreword, String conclusions) {
            reportsPublished.add(new PublishedReport(plan, secretariat, foreword, conclusions));
        }

        <T> List<T> of(Class<T> type) {
            return persisted.stream().filter(type::isInstance).map(type::cast).toList();
        }

        State state(String code) {
            return of(State.class).stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
        }
    }

    @Test
    void everyStateHasLessonsInSeveralPhasesOneOfThemInternal() {
        MemorySink sink = new MemorySink(new UploadPolicy(10L * 1024 * 1024));
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        var lessons = sink.of(org.cocrea.systematization.Lesson.class);
        for (String code : List.of("SON", "VER", "ZAC", "CHIH", "DGO")) {
            Long state = sink.state(code).getId();
            var own = lessons.stream().filter(l -> l.getStateId().equals(state)).toList();
            org.assertj.core.api.Assertions.assertThat(own).extracting(org.cocrea.systematization.Lesson::getPhase).as(code).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
            org.assertj.core.api.Assertions.assertThat(own).filteredOn(l -> !l.isVisibleToPublic()).as(code).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(own).allSatisfy(l -> org.assertj.core.api.Assertions.assertThat(l.getLearnedOn()).isBeforeOrEqualTo(TODAY));
        }
        // and the program report compares the Follow the Money modes: three states in person, two remote
        assertEquals(org.cocrea.state.SupportMode.IN_PERSON, sink.state("SON").getSupportMode());
        assertEquals(org.cocrea.state.SupportMode.REMOTE, sink.state("DGO").getSupportMode());
        assertEquals(org.cocrea.state.SupportMode.REMOTE, sink.state("CHIH").getSupportMode());
    }

    /**
     * Issue 15: every demo state has its published roadmap and one or two prioritized programs, each
     * with its conditions checklist and a vigilance group with members; visits with findings (some
     * published), risks with a review history, recommendations answered, pending and overdue, and
     * complaints in every status, from a finding and from citizens, anonymous and with an identity
     * that the audit trail never holds.
     */
    @Test
    void everyStateHasARoadmapProgramsWatchedByVigilanceGroupsAndComplaintsInEveryStatus() {
        MemorySink sink = new MemorySink(null);
        new DemoBuilder(sink, on(TODAY)).build(DemoStates.all());
        List<org.cocrea.social.ProgramCondition> conditions = sink.programConditions();
        for (String code : List.of("SON", "VER", "ZAC", "CHIH", "DGO")) {
            Long state = sink.state(code).getId();
            List<SocialProgram> programs = sink.of(SocialProgram.class).stream().filter(p -> p.getStateId().equals(state)).toList();
            assertThat(programs).as(code).hasSizeBetween(1, 2).allMatch(SocialProgram::isPublished);
            assertThat(sink.of(Roadmap.class)).filteredOn(r -> r.getStateId().equals(state)).as(code).singleElement()
                    .matches(Roadmap::isPublished).matches(r -> r.covers(TODAY)).matches(r -> r.getDialogueNote() != null);
            for (SocialProgram program : programs) {
                String where = code + " / " + program.getName();
                assertThat(sink.of(org.cocrea.social.ProgramScore.class)).as(where).anyMatch(s -> s.getProgram() == program);
                assertThat(sink.of(ConditionCheck.class)).filteredOn(c -> c.getProgram() == program).as(where)
                        .extracting(ConditionCheck::getCondition).containsExactlyElementsOf(conditions);
                assertThat(sink.of(ProgramRisk.class)).filteredOn(r -> r.getProgram() == program).as(where)
                        .extracting(ProgramRisk::getDimension).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
                assertThat(sink.of(VigilanceGroup.class)).filteredOn(g -> g.getProgram() == program).as(where).isNotEmpty()
                        .allMatch(g -> !g.getMembers().isEmpty());
            }
            assertThat(sink.of(ProgramRisk.class)).filteredOn(r -> r.getStateId().equals(state)).as(code + ": a review history")
                    .anyMatch(r -> !r.getReviews().isEmpty());
            assertThat(sink.of(Finding.class)).filteredOn(f -> f.getStateId().equals(state)).as(code + ": a visit with a finding")
                    .isNotEmpty().anyMatch(Finding::isPublished);
            assertThat(sink.of(Complaint.class)).filteredOn(c -> c.getStateId().equals(state)).as(code).isNotEmpty()
                    .allMatch(c -> c.getFolio().startsWith(code + "-"));
            // its roadmap's dialogue with decision makers: one session within the roadmap's period, authorities
            // among those that attended, one or two agreements tied to the state's own recommendations
            Roadmap roadmap = sink.of(Roadmap.class).stream().filter(r -> r.getStateId().equals(state)).findFirst().orElseThrow();
            List<org.cocrea.worksession.WorkSession> dialogues = sink.of(org.cocrea.worksession.WorkSession.class).stream()
                    .filter(se -> se.getStateId().equals(state) && se.isDialogue()).toList();
            assertThat(dialogues).as(code + ": a dialogue").singleElement()
                    .matches(d -> roadmap.covers(d.getHeldOn()) && !d.getHeldOn().isAfter(TODAY), "held in the roadmap's period, by today")
                    .matches(d -> d.getAttendance().stream().anyMatch(a -> a.getActor().getType() == org.cocrea.actor.ActorType.GOVERNMENT_AGENCY),
                            "authorities attended");
            assertThat(sink.of(org.cocrea.worksession.Agreement.class)).filteredOn(g -> g.getSession() == dialogues.get(0))
                    .as(code + ": the dialogue's agreements").hasSizeBetween(1, 2)
                    .allMatch(g -> g.getRecommendation() != null && g.getRecommendation().getStateId().equals(state));
        }
        assertThat(sink.of(org.cocrea.worksession.Agreement.class)).filteredOn(g -> g.getRecommendation() != null)
                .anyMatch(org.cocrea.worksession.Agreement::isDone).anyMatch(g -> !g.isDone());
        List<ConditionCheck> checks = sink.of(ConditionCheck.class);
        assertThat(checks).anyMatch(ConditionCheck::isMet).anyMatch(c -> !c.isMet());
        assertThat(sink.of(Finding.class)).anyMatch(f -> !f.isPublished()).anyMatch(Finding::isForRiskReview);
        List<Recommendation> recommendations = sink.of(Recommendation.class);
        assertThat(recommendations).anyMatch(Recommendation::isAnswered)
                .anyMatch(r -> !r.isAnswered() && !r.isAnswerOverdue(TODAY)).anyMatch(r -> r.isAnswerOverdue(TODAY));

        List<Complaint> complaints = sink.of(Complaint.class);
        assertThat(complaints).extracting(Complaint::getStatus).containsAll(EnumSet.allOf(ComplaintStatus.class));
        assertThat(complaints).anyMatch(c -> c.getSource() == ComplaintSource.GROUP && c.getFinding() != null)
                .anyMatch(c -> c.getSource() == ComplaintSource.PUBLIC && c.isAnonymous())
                .anyMatch(c -> c.getSource() == ComplaintSource.PUBLIC && !c.isAnonymous());
        for (Complaint c : complaints) {
            assertEquals(c.getStatus() == ComplaintStatus.CLOSED, c.getClosedOn() != null, c.getFolio());
            assertEquals(c.getChannelledOn() != null, c.getRoute() != null, c.getFolio());
            assertEquals(c.getAnsweredOn() != null, c.getAnswer() != null, c.getFolio());
            List<LocalDate> steps = Stream.of(c.getReceivedOn(), c.getChannelledOn(), c.getAnsweredOn(), c.getClosedOn(), TODAY)
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(steps).as(c.getFolio() + ": received, channelled, answered, closed, today").isSorted();
            if (c.getFinding() != null) {
                assertThat(c.getFinding().getVisit().getVisitedOn()).as(c.getFolio()).isBeforeOrEqualTo(c.getReceivedOn());
                assertThat(c.getFinding().getVisit().getGroup().getProgram()).isSameAs(c.getProgram());
            }
        }
        // the identities given in the content: sealed, never in the trail
        List<String> identities = DemoStates.resource("social.json").entrySet().stream()
                .filter(e -> e.getValue() instanceof jakarta.json.JsonArray)
                .flatMap(e -> e.getValue().asJsonArray().getValuesAs(jakarta.json.JsonObject.class).stream())
                .flatMap(p -> p.getJsonArray("complaints").getValuesAs(jakarta.json.JsonObject.class).stream())
                .flatMap(c -> Stream.of(c.getString("name", null), c.getString("contact", null)))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(identities).isNotEmpty();
        assertThat(sink.trail).isNotEmpty().noneMatch(entry -> identities.stream().anyMatch(entry::contains));
    }
}
