package org.cocrea.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.bench.VolumeSeeder.Seeded;
import org.cocrea.bench.VolumeSeeder.SeededState;
import org.cocrea.support.Deployments;
import org.cocrea.support.SuiteServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.function.Executable;

/**
 * No N+1: the number of SQL statements the server runs to render a page does not grow with the
 * data. Seeds a small volume (2 states of 5 thin commitments), counts the SELECTs of one view of
 * each page, seeds a large one (30 states of 100 commitments with 4-5 milestones, reports,
 * evidence and sign-offs), counts again on the large volume's plan and richest commitment, and
 * requires the same count.
 *
 * <p>Counting: MariaDB's global {@code Com_select} and {@code Questions} read over JDBC before
 * and after one GET (minus what the status query itself adds). Nothing else uses the test
 * database while a test runs (one Payara for the suite, one test after another; the browser walks,
 * which run beside the other classes, wait: {@link SuiteServer#ALONE}), and the
 * least of three views is kept, so a stray statement of the connection pool cannot fail the test.
 * When a count grows, the failure lists the statements of that view (from MariaDB's general log)
 * grouped by shape, so the repeated query is plain to see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ResourceLock(value = SuiteServer.ALONE, mode = ResourceAccessMode.READ_WRITE)
class QueryCountIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @AfterAll
    static void removeTheVolumes() throws SQLException {
        VolumeSeeder.delete(VolumeSeeder.SMALL);
        VolumeSeeder.delete(VolumeSeeder.LARGE);
    }

    @Test
    @Timeout(300)
    void pagesRunTheSameNumberOfSelectsWhateverTheVolume() throws Exception {
        try (StatementCounter counter = new StatementCounter()) {
            Seeded small = VolumeSeeder.seed(VolumeSeeder.SMALL);
            Map<String, Page> pages = pages(base, small);
            Map<String, Count> before = new LinkedHashMap<>();
            for (Page page : pages.values()) {
                before.put(page.name(), counter.leastOf(3, page));
            }

            Seeded large = VolumeSeeder.seed(VolumeSeeder.LARGE);
            Map<String, Page> largePages = pages(base, large);
            Map<String, Count> after = new LinkedHashMap<>();
            for (Page page : largePages.values()) {
                after.put(page.name(), counter.leastOf(3, page));
            }

            System.out.println(report(small, large, before, after));
            List<Executable> checks = new ArrayList<>();
            for (String name : before.keySet()) {
                checks.add(() -> {
                    if (after.get(name).selects() != before.get(name).selects()) {
                        throw new AssertionError(name + ": " + before.get(name).selects() + " SELECTs with the small volume, "
                                + after.get(name).selects() + " with the large one. Statements of one view with the large volume:\n"
                                + counter.statementsOf(largePages.get(name)));
                    }
                });
                checks.add(() -> assertThat(after.get(name).questions())
                        .as(name + ": all statements (Questions)").isLessThanOrEqualTo(before.get(name).questions()));
            }
            // issue 12: the home page reads one row per state and per plan, never the milestones: from the
            // small volume to the large one, what the database sends it grows with the states added only
            // (their states, their plans, their plans' progress), not with their 13,000 milestones
            checks.add(() -> assertThat(after.get("home").rowsSent() - before.get("home").rowsSent())
                    .as("rows sent to the home page, large volume minus small").isLessThanOrEqualTo(3L * large.states().size()));
            checks.add(() -> assertThat(after.get("home (cached)").selects()).as("home from the page cache: SELECTs").isEqualTo(1));
            assertAll(checks);
        }
    }

    /**
     * The pages under test, on the first state of a volume and its richest commitment: the home
     * page, the public plan and commitment pages, the secretariat's plan page signed in as the
     * state's secretariat, and a responsible actor's milestones (/actor/milestones: its milestones
     * and the sign-offs awaiting it) signed in as the first agency and as the first CSO. Each view
     * must show the whole volume: every plan link, every commitment of the plan, every milestone,
     * report and sign-off of the commitment, every milestone and sign-off button of the actor,
     * every lesson of the plan (the public ones on the public plan page) and one lesson's links.
     */
    static Map<String, Page> pages(URL base, Seeded seeded) throws Exception {
        SeededState state = seeded.first();
        Browser anonymous = new Browser(base);
        Browser secretariat = new Browser(base);
        secretariat.signIn(state.secretariatUsername(), VolumeSeeder.PASSWORD);
        int published = state.publishedCommitments().size();
        int all = seeded.volume().commitmentsPerState();
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("home", new Page("home", "/", anonymous, "",
                body -> body.contains(state.name()) && body.contains("plan-link")));
        // issue 12: an ordinary visit gets the home page from the page cache: one read of the data's version
        pages.put("home (cached)", new Page("home (cached)", "/ from the page cache", new Browser(base, true), "",
                body -> body.contains(state.name()) && body.contains("plan-link")));
        // issue 9: with the plan's public lessons (all of them: the section does not page)
        VolumeSeeder.Lessons lessons = state.lessons();
        pages.put("plan", new Page("plan", "/plan?id=…", anonymous, "plan?id=" + state.planId(),
                body -> body.contains(state.code()) && occurrences(body, "class=\"commitment-link\"") == published
                        && occurrences(body, "class=\"card lesson public-lesson\"") == lessons.publicTried().size()
                        && lessons.publicTried().stream().allMatch(body::contains)));
        VolumeSeeder.SeededCommitment richest = seeded.richest();
        pages.put("commitment", new Page("commitment", "/commitment?id=…", anonymous, "commitment?id=" + richest.id(),
                body -> body.contains(richest.title().substring(richest.title().lastIndexOf('(')))
                        && occurrences(body, "class=\"card milestone\"") == richest.milestones()
                        && occurrences(body, "<div class=\"report\">") == richest.reports()
                        && occurrences(body, "class=\"signed\"") == richest.signOffs()
                        && occurrences(body, "class=\"signoff-declined\"") == richest.declines()));
        pages.put("stl plan", new Page("stl plan", "/stl/plan?id=… (signed in)", secretariat, "stl/plan?id=" + state.planId(),
                body -> body.contains(state.code()) && occurrences(body, "class=\"commitment-link\"") == all));
        VolumeSeeder.CoCreation co = state.coCreation();
        pages.put("stl actors", new Page("stl actors", "/stl/actors (signed in)", secretariat, "stl/actors",
                body -> occurrences(body, "class=\"actor-link\"") == co.actors()));
        pages.put("stl priorities", new Page("stl priorities", "/stl/priorities?plan=… (signed in)", secretariat,
                "stl/priorities?plan=" + state.planId(), body -> occurrences(body, "class=\"priority-link\"") == co.priorities()));
        pages.put("stl sessions", new Page("stl sessions", "/stl/sessions?plan=… (signed in)", secretariat,
                "stl/sessions?plan=" + state.planId(), body -> occurrences(body, "class=\"session-link\"") == co.sessions()));
        pages.put("stl agreements", new Page("stl agreements", "/stl/agreements?plan=…&show=all (signed in)", secretariat,
                "stl/agreements?plan=" + state.planId() + "&show=all",
                body -> occurrences(body, "class=\"session-link\"") == co.agreements()));
        // issue 13 (audit): the state's change log, its first page (COUNT + LIMIT), filtered by kind of record too
        pages.put("stl audit", new Page("stl audit", "/stl/audit (signed in)", secretariat, "stl/audit",
                body -> body.contains("id=\"auditTitle\"") && body.contains(state.name())));
        pages.put("stl audit filtered", new Page("stl audit filtered", "/stl/audit?kind=Commitment&from=… (signed in)", secretariat,
                "stl/audit?kind=Commitment&from=2020-01-01", body -> body.contains("id=\"auditTitle\"") && body.contains("auditForm:audit")));
        // every indicator card, every team's answer to every question; the public results with every
        // published result and reply, every public indicator and the hunts' before and after
        VolumeSeeder.Measures measures = state.measures();
        VolumeSeeder.Evaluation evaluation = state.evaluation();
        pages.put("stl indicators", new Page("stl indicators", "/stl/indicators?plan=… (signed in)", secretariat,
                "stl/indicators?plan=" + state.planId(),
                body -> occurrences(body, "class=\"card indicator\"") == measures.indicators()));
        pages.put("stl hunt", new Page("stl hunt", "/stl/hunt?id=… (follow-up, signed in)", secretariat,
                "stl/hunt?id=" + measures.followUpHuntId(),
                body -> occurrences(body, "<td class=\"outcome-") == measures.teams() * measures.questions()
                        && occurrences(body, "ease-EASIER") >= measures.questions()));
        // issue 9: the secretariat's lessons (every lesson, the proposals waiting, what each is about, the form's
        // link choices: one query per kind of record) and one lesson's form with its links checked
        pages.put("stl lessons", new Page("stl lessons", "/stl/lessons?plan=… (signed in)", secretariat,
                "stl/lessons?plan=" + state.planId(),
                body -> occurrences(body, "class=\"lesson-tried\"") == lessons.total()
                        && occurrences(body, "class=\"card lesson proposal\"") == lessons.proposals()
                        && occurrences(body, "class=\"lesson-edit\"") == lessons.total() - lessons.proposals()
                        && lessons.publicTried().stream().allMatch(body::contains)));
        pages.put("stl lesson", new Page("stl lesson", "/stl/lesson?id=… (signed in)", secretariat,
                "stl/lesson?id=" + lessons.linkedId(),
                body -> body.contains("id=\"lessonTitle\"") && lessons.linkedKeys().stream().allMatch(key -> chosen(body, key))));
        pages.put("results", new Page("results", "/results?plan=…", anonymous, "results?plan=" + state.planId(),
                body -> occurrences(body, "class=\"card commitment-result\"") == evaluation.publishedResults()
                        && occurrences(body, "class=\"government-reply\"") == evaluation.publishedResults()
                        && occurrences(body, "class=\"card indicator\"") == measures.publicIndicators()
                        && occurrences(body, "class=\"badge ease-EASIER\">Más fácil") == measures.questions() + 1));
        pages.put("results compare", new Page("results compare", "/results/compare", anonymous, "results/compare",
                body -> seeded.states().stream().allMatch(s -> body.contains(s.planTitle()))));
        // issue 12 (ops): the toolbox is a public page too: filters and pages by GET, a page of 20 at most; issue 9: with
        // where each material was used (every seeded state uses a shared material of its own: one query for the page)
        pages.put("toolbox", new Page("toolbox", "/toolbox?page=1", anonymous, "toolbox?page=1",
                body -> body.contains("id=\"toolboxTitle\"") && occurrences(body, "material-row") <= 20
                        && body.contains("Estado de volumen " + seeded.volume().codePrefix())
                        && occurrences(body, "class=\"material-use\"") >= 1));
        pages.put("opendata", new Page("opendata", "/opendata.xhtml", anonymous, "opendata.xhtml",
                body -> seeded.states().stream().allMatch(s -> body.contains(s.planTitle()))));
        // issue 14: the public state page (its first page of 20 commitments), the comparison of states and
        // the search (a word of every seeded title of the first state: its code)
        pages.put("state", new Page("state", "/state?id=…", anonymous, "state?id=" + state.stateId(),
                body -> body.contains(state.name()) && occurrences(body, "class=\"commitment-link\"") == Math.min(published, 20)));
        pages.put("states", new Page("states", "/states", anonymous, "states",
                body -> occurrences(body, "class=\"state-row\"") >= Math.min(seeded.states().size(), 20)));
        pages.put("search", new Page("search", "/search?q=…", anonymous, "search?q=" + state.code(),
                body -> occurrences(body, "class=\"commitment-link\"") == Math.min(published, 20)));
        pages.put("api commitments", new Page("api commitments", "/api/v1/commitments?plan=…", anonymous,
                "api/v1/commitments?plan=" + state.planId(), body -> occurrences(body, "\"commitmentId\"") == Math.min(published, 100)));
        // issue 14: the activities of the plan's public milestones, a page of 100 (every seeded milestone has 0 to 3)
        pages.put("api activities", new Page("api activities", "/api/v1/activities?plan=…", anonymous,
                "api/v1/activities?plan=" + state.planId(),
                body -> occurrences(body, "\"activityId\"") > 0 && occurrences(body, "\"activityId\"") <= 100));
        pages.put("api results", new Page("api results", "/api/v1/results?plan=…", anonymous,
                "api/v1/results?plan=" + state.planId(),
                body -> occurrences(body, "\"resultId\"") == Math.min(evaluation.publishedResults(), 100)
                        && occurrences(body, "\"replyBy\":\"") == Math.min(evaluation.publishedResults(), 100)));
        // issue 15: social programs. The public program page (money, checklist, every public risk, groups with their
        // published findings, recommendations), the state's programs and roadmaps, a published roadmap; the secretariat's
        // programs (all, ranked), one program (checklist, years, scores), its risks and its groups
        VolumeSeeder.Social social = state.social();
        pages.put("program", new Page("program", "/program?id=…", anonymous, "program?id=" + social.programId(),
                body -> body.contains("id=\"programTitle\"") && social.publicRisks().stream().allMatch(body::contains)
                        && occurrences(body, "class=\"card vigilance-group\"") == social.groups()
                        && occurrences(body, "<li class=\"finding\">") == social.publishedFindings()
                        && occurrences(body, "class=\"condition-status ") >= 6));
        pages.put("programs", new Page("programs", "/programs?state=…", anonymous, "programs?state=" + state.stateId(),
                body -> occurrences(body, "class=\"program-link\"") == social.publishedPrograms()
                        && occurrences(body, "class=\"roadmap-link\"") == social.publishedRoadmaps()));
        pages.put("roadmap", new Page("roadmap", "/roadmap?id=…", anonymous, "roadmap?id=" + social.roadmapId(),
                body -> body.contains(social.roadmapTitle()) && occurrences(body, "class=\"card roadmap-part\"") == 3));
        pages.put("stl programs", new Page("stl programs", "/stl/programs (signed in)", secretariat, "stl/programs",
                body -> occurrences(body, "class=\"program-link\"") == social.programs()));
        pages.put("stl program", new Page("stl program", "/stl/program?id=… (signed in)", secretariat,
                "stl/program?id=" + social.programId(), body -> body.contains("id=\"programTitle\"")
                        && occurrences(body, "class=\"condition-status ") >= 6));
        pages.put("stl risks", new Page("stl risks", "/stl/risks?program=… (signed in)", secretariat,
                "stl/risks?program=" + social.programId(), body -> occurrences(body, "class=\"risk-link\"") == social.risks()));
        pages.put("stl groups", new Page("stl groups", "/stl/groups?program=… (signed in)", secretariat,
                "stl/groups?program=" + social.programId(), body -> occurrences(body, "class=\"group-link\"") == social.groups()));
        // the first group (every member with its actor, every visit with its findings and their evidence) and the risk
        // with the most reviews (its monitoring history)
        VolumeSeeder.Group group = social.group();
        pages.put("stl group", new Page("stl group", "/stl/group?id=… (signed in)", secretariat, "stl/group?id=" + group.id(),
                body -> occurrences(body, "Integrante ") == group.members() && occurrences(body, "class=\"card visit\"") == group.visits()
                        && occurrences(body, "<li class=\"finding\">") == group.findings()));
        pages.put("stl risk", new Page("stl risk", "/stl/risk?id=… (signed in)", secretariat, "stl/risk?id=" + social.reviewedRiskId(),
                body -> occurrences(body, "cambió la operación del programa") == social.reviews()));
        // the public API's social programs: the state's published programs, one program, their risks and recommendations
        pages.put("api programs", new Page("api programs", "/api/v1/programs?state=…", anonymous, "api/v1/programs?state=" + state.stateId(),
                body -> occurrences(body, "\"programId\"") == social.publishedPrograms()));
        pages.put("api program", new Page("api program", "/api/v1/programs/…", anonymous, "api/v1/programs/" + social.programId(),
                body -> body.contains("\"programId\":" + social.programId() + ",")));
        pages.put("api risks", new Page("api risks", "/api/v1/risks?state=…", anonymous, "api/v1/risks?state=" + state.stateId(),
                body -> occurrences(body, "\"riskId\"") == Math.min(social.publishedPrograms() * social.risks(), 100)));
        pages.put("api recommendations", new Page("api recommendations", "/api/v1/recommendations?state=…", anonymous,
                "api/v1/recommendations?state=" + state.stateId(),
                body -> occurrences(body, "\"recommendationId\"") == Math.min(social.publishedPrograms() * social.recommendations(), 100)));
        Browser evaluator = new Browser(base);
        evaluator.signIn(evaluation.evaluatorUsername(), VolumeSeeder.PASSWORD);
        pages.put("evaluation home", new Page("evaluation home", "/evaluation/ (signed in)", evaluator, "evaluation/",
                body -> occurrences(body, "class=\"task-link\"") == evaluation.toAssess() + evaluation.drafts()));
        // the evaluator's follow-up panel of the richest commitment, signed in as the evaluator of its state: every
        // milestone and report (evidence in one batch)
        SeededState richestState = seeded.states().stream().filter(s -> s.publishedCommitments().contains(richest.id()))
                .findFirst().orElseThrow();
        Browser richestEvaluator = new Browser(base);
        richestEvaluator.signIn(richestState.evaluation().evaluatorUsername(), VolumeSeeder.PASSWORD);
        pages.put("evaluation assess", new Page("evaluation assess", "/evaluation/assess?commitment=…&moment=DESIGN (signed in)",
                richestEvaluator, "evaluation/assess?commitment=" + richest.id() + "&moment=DESIGN",
                body -> occurrences(body, "<code>milestone:") == richest.milestones()
                        && occurrences(body, "<code>report:") == richest.reports()));
        pages.put("pending (evaluator)", new Page("pending (evaluator)", "/account/pending as the lead evaluator (signed in)",
                evaluator, "account/pending",
                body -> occurrences(body, "/evaluation/assess?commitment=") == evaluation.toAssess() + evaluation.drafts()));
        for (VolumeSeeder.Responsible person : List.of(state.agency(), state.cso())) {
            Browser browser = new Browser(base);
            browser.signIn(person.username(), VolumeSeeder.PASSWORD);
            String party = person == state.agency() ? "GOVERNMENT_LEAD" : "CSO_CO_RESPONSIBLE";
            String name = person == state.agency() ? "milestones (agency)" : "milestones (CSO)";
            pages.put(name, new Page(name, "/actor/milestones as " + (person == state.agency() ? "a lead agency" : "a CSO")
                    + " (signed in)", browser, "actor/milestones",
                    body -> occurrences(body, "class=\"milestone-name\"") == person.milestones()
                            && occurrences(body, "sign-" + party) == person.signOffsAwaiting()));
            String pendingName = person == state.agency() ? "pending (agency)" : "pending (CSO)";
            pages.put(pendingName, new Page(pendingName, "/account/pending as " + (person == state.agency() ? "a lead agency" : "a CSO")
                    + " (signed in)", browser, "account/pending",
                    body -> body.contains("pendingTitle")
                            && occurrences(body, "/actor/milestones#signoffTitle") == person.signOffsAwaiting()));
        }
        pages.put("pending (stl)", new Page("pending (stl)", "/account/pending as the secretariat (signed in)", secretariat,
                "account/pending", body -> body.contains("pendingTitle")));
        // issue 13 (mail): one's own mail preferences; the administrator's failures and sent mail (at most 50 of each)
        pages.put("mail preferences", new Page("mail preferences", "/account/mail (signed in)", secretariat, "account/mail",
                body -> body.contains("preferences:save")));
        Browser admin = new Browser(base);
        admin.signIn(org.cocrea.support.TestDatabaseSession.ADMIN_USERNAME, org.cocrea.support.TestDatabaseSession.ADMIN_PASSWORD);
        pages.put("admin mail", new Page("admin mail", "/admin/mail (signed in)", admin, "admin/mail",
                body -> body.contains("sentList")));
        return pages;
    }

    /** Whether a form's option or check box of the value {@code value} is chosen. */
    static boolean chosen(String html, String value) {
        return Pattern.compile("<(?:option|input)(?=[^>]*value=\"" + Pattern.quote(value) + "\")(?=[^>]*(?:selected|checked))")
                .matcher(html).find();
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static String report(Seeded small, Seeded large, Map<String, Count> before, Map<String, Count> after) {
        StringBuilder s = new StringBuilder("\nSQL statements per page view (SELECTs / all statements)\n");
        s.append(String.format("%-22s %-22s %-22s %s%n", "page", "small " + small.total("commitment") + " commitments",
                "large +" + large.total("commitment") + " commitments", "rows sent small / large"));
        before.forEach((name, count) -> s.append(String.format("%-22s %-22s %-22s %s%n", name,
                count.selects() + " / " + count.questions(), after.get(name).selects() + " / " + after.get(name).questions(),
                count.rowsSent() + " / " + after.get(name).rowsSent())));
        s.append("small: ").append(small.rows()).append(" in ").append(small.millis()).append(" ms; commitment page on ")
                .append(small.richest()).append('\n');
        s.append("large: ").append(large.rows()).append(" in ").append(large.millis()).append(" ms; commitment page on ")
                .append(large.richest()).append('\n');
        return s.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers, also used by PageBenchmarkIT.

    /** A page to view: a name for reports, its path, who views it, and what its body must show. */
    record Page(String name, String label, Browser browser, String path, java.util.function.Predicate<String> shows) {

        /** One view; fails unless it answers 200 with the expected content. */
        HttpResponse<String> view() throws Exception {
            HttpResponse<String> response = browser.get(path);
            if (response.statusCode() != 200 || !shows.test(response.body())) {
                throw new AssertionError(label + " (" + path + ") answered " + response.statusCode()
                        + response.headers().firstValue("Location").map(l -> " to " + l).orElse("")
                        + " without the expected content");
            }
            return response;
        }
    }

    /** SELECTs ({@code Com_select}) and all statements ({@code Questions}) the server ran. */
    record Count(long selects, long questions, long rowsSent) {
    }

    /** A cookie-keeping HTTP client on the deployed application, as a browser without JavaScript. */
    static final class Browser {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final URL base;
        private final boolean fromTheCache;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        /** A browser that asks for every page to be rendered again ({@code Cache-Control: no-cache}): what a view costs. */
        Browser(URL base) {
            this(base, false);
        }

        /** With {@code fromTheCache}, an ordinary visit: an anonymous public page comes from the page cache (issue 12). */
        Browser(URL base, boolean fromTheCache) {
            this.base = base;
            this.fromTheCache = fromTheCache;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
            if (!fromTheCache) {
                request.header("Cache-Control", "no-cache");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in on /login; fails unless the application accepts the password. */
        void signIn(String username, String password) throws Exception {
            HttpResponse<String> page = get("login");
            Matcher viewState = VIEW_STATE.matcher(page.body());
            if (!viewState.find()) {
                throw new AssertionError("no view state on the sign-in page");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), "sign-in of " + username);
        }
    }

    /** Reads MariaDB's statement counters over its own JDBC connection to the test database. */
    static final class StatementCounter implements AutoCloseable {

        private final Connection connection;
        private final Count ownStatusQuery;

        StatementCounter() throws SQLException {
            connection = VolumeSeeder.connect();
            // What one status query adds to the counters: the least difference of consecutive reads.
            long selects = Long.MAX_VALUE;
            long questions = Long.MAX_VALUE;
            long rows = Long.MAX_VALUE;
            Count previous = read();
            for (int i = 0; i < 5; i++) {
                Count next = read();
                selects = Math.min(selects, next.selects() - previous.selects());
                questions = Math.min(questions, next.questions() - previous.questions());
                rows = Math.min(rows, next.rowsSent() - previous.rowsSent());
                previous = next;
            }
            ownStatusQuery = new Count(selects, questions, rows);
        }

        private Count read() throws SQLException {
            long selects = -1;
            long questions = -1;
            long rows = -1;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("show global status where Variable_name in ('Com_select', 'Questions', 'Rows_sent')")) {
                while (rs.next()) {
                    long value = rs.getLong(2);
                    if (rs.getString(1).equalsIgnoreCase("Com_select")) {
                        selects = value;
                    } else if (rs.getString(1).equalsIgnoreCase("Rows_sent")) {
                        rows = value;
                    } else {
                        questions = value;
                    }
                }
            }
            return new Count(selects, questions, rows);
        }

        /** The statements the server ran during one view of the page. */
        Count during(Page page) throws Exception {
            Count before = read();
            page.view();
            Count after = read();
            return new Count(after.selects() - before.selects() - ownStatusQuery.selects(),
                    after.questions() - before.questions() - ownStatusQuery.questions(),
                    after.rowsSent() - before.rowsSent() - ownStatusQuery.rowsSent());
        }

        /** The least counts of {@code views} views, after one view to warm up. */
        Count leastOf(int views, Page page) throws Exception {
            page.view();
            long selects = Long.MAX_VALUE;
            long questions = Long.MAX_VALUE;
            long rows = Long.MAX_VALUE;
            for (int i = 0; i < views; i++) {
                Count count = during(page);
                selects = Math.min(selects, count.selects());
                questions = Math.min(questions, count.questions());
                rows = Math.min(rows, count.rowsSent());
            }
            return new Count(selects, questions, rows);
        }

        /**
         * The statements of one view, from MariaDB's general log, grouped by shape (literals
         * replaced by {@code ?}), most repeated first: to name the query behind an N+1.
         */
        String statementsOf(Page page) throws Exception {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set global log_output = 'TABLE'");
                statement.execute("truncate table mysql.general_log");
                statement.execute("set global general_log = 1");
                try {
                    page.view();
                } finally {
                    statement.execute("set global general_log = 0");
                }
                Map<String, Long> shapes = new LinkedHashMap<>();
                try (ResultSet rs = statement.executeQuery("select convert(argument using utf8mb4) from mysql.general_log "
                        + "where thread_id <> connection_id() and command_type in ('Query', 'Execute') order by event_time")) {
                    while (rs.next()) {
                        shapes.merge(shape(rs.getString(1)), 1L, Long::sum);
                    }
                }
                statement.execute("truncate table mysql.general_log");
                return shapes.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(e -> String.format("%5d × %s", e.getValue(), e.getKey()))
                        .collect(Collectors.joining("\n"));
            }
        }

        private static final Function<String, String> LITERALS = sql -> sql
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "?")
                .replaceAll("\\b\\d+\\b", "?")
                .replaceAll("\\(\\?(?:,\\s*\\?)+\\)", "(?...)")
                .replaceAll("\\s+", " ");

        private static String shape(String sql) {
            String shaped = LITERALS.apply(sql == null ? "" : sql.trim());
            return shaped.length() > 4000 ? shaped.substring(0, 4000) + " …" : shaped;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
