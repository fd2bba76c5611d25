package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key of the import (in its code and its page) is in both languages, and formats with numbers. */
class ImportMessagesTest {

    private static final Pattern KEY = Pattern.compile("[\"'](import\\.[a-zA-Z.]+[a-zA-Z])[\"']");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/org/cocrea/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/cocrea/opendata")),
                Stream.of(Path.of("src/main/java/org/cocrea/web/stl/ImportPage.java"), Path.of("src/main/webapp/stl/import.xhtml")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsInSpanishAndEnglishAndFormatsWithNumbers() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).contains("import.required", "import.notDate", "import.where.file", "import.title");
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = bundle(name);
            for (String key : used) {
                if (key.startsWith("import.where.") && !bundle.containsKey(key)) {
                    continue; // import.where.<kind> is built from the kind: checked below
                }
                assertThat(bundle.getProperty(key)).as(name + " " + key).isNotBlank();
                assertThat(new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4}))
                        .as(key).isNotBlank();
            }
            for (Where.Kind kind : Where.Kind.values()) {
                assertThat(bundle.getProperty("import.where." + kind.name().toLowerCase(Locale.ROOT))).as(name + " " + kind).isNotBlank();
            }
        }
    }
}
