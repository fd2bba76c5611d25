package org.cocrea.help;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide as the application serves it at /help: docs/user-guide.md (Spanish) and
 * docs/user-guide.en.md (English, shorter), copied onto the class path at build time, rendered once
 * per language with CommonMark. Each heading gets the id GitHub gives it (so the guide's own table
 * of contents works in both places), or the one written at its end as {@code {#id}}: the English
 * guide uses the Spanish ids, so that one map ({@code anchors.properties}: view id → anchor) serves
 * both languages.
 */
@ApplicationScoped
public class UserGuide {

    private static final String BASE = "org/cocrea/help/";
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([^}\\s]+)}\\s*$");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** A rendered guide: its HTML and the ids of its headings. */
    public record Rendered(String html, Set<String> anchors) {
    }

    private final Map<String, Rendered> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, String> anchorByView = loadAnchors();

    /** The guide in "es" or "en" (anything else is Spanish). */
    public Rendered in(String language) {
        return byLanguage.computeIfAbsent("en".equals(language) ? "en" : "es", UserGuide::render);
    }

    /**
     * The anchor of the chapter about a page (a view id such as {@code /stl/plans.xhtml}) in that
     * language's guide; empty for a page without a chapter, or whose chapter that guide lacks: the
     * link then opens the guide at its table of contents.
     */
    public String anchorFor(String viewId, String language) {
        String anchor = anchorByView.get(viewId);
        return anchor != null && in(language).anchors().contains(anchor) ? anchor : "";
    }

    /** The map itself, for the test that every anchor it names exists. */
    public Map<String, String> anchors() {
        return Map.copyOf(anchorByView);
    }

    private static Rendered render(String language) {
        String markdown = read(BASE + ("en".equals(language) ? "user-guide.en.md" : "user-guide.md"));
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        Map<Heading, String> ids = new HashMap<>();
        Set<String> anchors = new TreeSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = explicitIdOf(heading);
                if (id == null) {
                    id = githubSlug(textOf(heading));
                }
                ids.put(heading, id);
                anchors.add(id);
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading && ids.containsKey(heading)) {
                        attributes.put("id", ids.get(heading));
                    } else if (node instanceof Image && attributes.getOrDefault("src", "").startsWith("images/")) {
                        attributes.put("src", "help/" + attributes.get("src")); // relative to /help, as the WAR holds them
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        return new Rendered(renderer.render(document), Set.copyOf(anchors));
    }

    /** Takes a trailing {@code {#id}} off the heading's last text and returns the id, if there is one. */
    private static String explicitIdOf(Heading heading) {
        if (heading.getLastChild() instanceof Text text) {
            Matcher matcher = EXPLICIT_ID.matcher(text.getLiteral());
            if (matcher.find()) {
                text.setLiteral(text.getLiteral().substring(0, matcher.start()));
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : textOf(child));
        }
        return text.toString();
    }

    /** GitHub's heading ids: lower case, punctuation dropped (letters with accents kept), spaces as hyphens. */
    static String githubSlug(String heading) {
        String lower = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        return lower.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }

    private static Map<String, String> loadAnchors() {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(open(BASE + "anchors.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(view -> map.put(view, properties.getProperty(view).strip()));
        return map;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = UserGuide.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing on the class path: " + resource);
        }
        return in;
    }
}
