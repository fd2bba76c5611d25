package org.cocrea.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core inside a walk: every page the walk reaches is checked once (by its address and who is
 * signed in), and what axe calls critical or serious is kept, so that one run of a walk lists every
 * such violation of every page, each with its page, rule, impact and targets.
 */
final class AxeCheck {

    private static final Set<String> FAILING = Set.of("critical", "serious");

    /**
     * Violations in PrimeFaces' own markup that are tolerated: rule id → a piece of the target or the HTML of every
     * element it is known at. Anything else fails, and so does one of these at another target. Empty: the three once
     * here (p:messages' list, p:selectOneButton's radios, the file input behind co:fileUpload) are fixed in the
     * markup (docs/architecture.md, "Light public pages").
     */
    private static final Map<String, String> KNOWN_PRIMEFACES_MARKUP = Map.of();

    private final Set<String> checked = new HashSet<>();
    private final List<String> violations = new ArrayList<>();

    /** Runs axe on the page the browser shows, unless this page was checked already for this person. */
    void check(WebDriver driver, String who) {
        String page = driver.getCurrentUrl().replaceFirst(";jsessionid=[^?]*", "");
        if (page.startsWith("about:") || !checked.add(who + " " + page)) {
            return;
        }
        // Legacy mode: axe.run in the page itself. The default (axe-core ≥ 4.3 "partial" runs for
        // cross-origin frames) opens a second window at about:blank for every page, injects axe's
        // 560 kB there too and merges the results in it; Cocrea's pages have no frames, and the
        // rules, the page and the results are the same.
        // Only the violations are read: axe then keeps one node of each pass and incomplete result instead of
        // every one, and sends back a fraction of the JSON (axe's resultTypes option, for large pages).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // The administrator's list of states and the public home show every state the suite made so far (hundreds
        // towards its end, while the machine runs the other lane too): two minutes, not axe's default 30 s.
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).setTimeout(120).analyze(driver);
        if (results.isErrored()) {
            violations.add(page + " (" + who + "): axe failed: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (FAILING.contains(rule.getImpact()) && !knownPrimeFacesMarkup(rule)) {
                violations.add(page + " (" + who + "): " + rule.getId() + " [" + rule.getImpact() + "] "
                        + rule.getHelp() + " at " + targets(rule.getNodes()));
            }
        }
    }

    /** What was found, one line each; empty when every page passed. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    private static boolean knownPrimeFacesMarkup(Rule rule) {
        String known = KNOWN_PRIMEFACES_MARKUP.get(rule.getId());
        return known != null && rule.getNodes().stream().allMatch(node ->
                String.valueOf(node.getTarget()).contains(known) || String.valueOf(node.getHtml()).contains(known));
    }

    private static String targets(List<CheckedNode> nodes) {
        return nodes.stream().limit(5).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", ")) + (nodes.size() > 5 ? " and " + (nodes.size() - 5) + " more" : "");
    }
}
