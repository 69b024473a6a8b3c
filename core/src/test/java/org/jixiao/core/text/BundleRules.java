package org.jixiao.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every module's message bundles keep (each module's MessagesTest calls these): the Chinese and the English
 * bundle hold the same keys, each message the same {n} in both, and no Chinese is written in the module's Java
 * outside the files that are the tables' own vocabulary.
 */
public final class BundleRules {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private BundleRules() {
    }

    /** @param base the bundle's resource path without ".properties", e.g. {@code org/jixiao/cli/messages} */
    public static void bothLanguagesAgree(String base) throws IOException {
        Properties zh = load(base + ".properties");
        Properties en = load(base + "_en.properties");
        assertThat(en.stringPropertyNames()).as(base + ": keys").containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            String z = zh.getProperty(key);
            String e = en.getProperty(key);
            assertThat(z).as(base + " " + key + " (zh)").isNotBlank();
            assertThat(e).as(base + " " + key + " (en)").isNotBlank();
            assertThat(placeholders(e)).as(base + " " + key + ": the {n} of the English and the Chinese").isEqualTo(placeholders(z));
            for (String template : List.of(z, e)) {
                assertThat(LONE_APOSTROPHE.matcher(template).find()).as(base + " " + key + ": an apostrophe is written twice: " + template).isFalse();
                new MessageFormat(template); // a template MessageFormat cannot read fails here
            }
        }
    }

    /** The keys of a bundle (its Chinese file). */
    public static Set<String> keys(String base) throws IOException {
        return load(base + ".properties").stringPropertyNames();
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleRules.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * Every string literal with Chinese characters in the Java under {@code sources}, as "path:line: literal",
     * except in the files {@code kept} names (relative to {@code sources}, with why) and in annotations (a
     * command's bilingual usage text). Comments are not code.
     */
    public static List<String> chineseLiterals(Path sources, Map<String, String> kept) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                if (kept.containsKey(name)) {
                    continue;
                }
                for (Literal l : literals(Files.readString(file))) {
                    if (!l.inAnnotation() && HAN.matcher(l.text()).find()) {
                        found.add(name + ":" + l.line() + ": \"" + l.text() + "\"");
                    }
                }
            }
        }
        return found;
    }

    /**
     * The literals of the Java under {@code sources} that name a key of {@code base} (a word of its keys' first parts,
     * a dot, more) but that the bundle does not have: a message the code asks for and no bundle gives.
     */
    public static List<String> keysMissing(Path sources, String base) throws IOException {
        Set<String> keys = keys(base);
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Pattern key = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (Literal l : literals(Files.readString(file))) {
                    String text = l.text();
                    if (key.matcher(text).matches() && prefixes.contains(text.substring(0, text.indexOf('.'))) && !keys.contains(text)) {
                        missing.add(sources.relativize(file) + ":" + l.line() + ": " + text);
                    }
                }
            }
        }
        return missing;
    }

    /** The files {@code kept} names that exist and still hold Chinese in their code: the list stays honest. */
    public static List<String> keptWithoutChinese(Path sources, Map<String, String> kept) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : kept.keySet()) {
            Path file = sources.resolve(name);
            if (!Files.exists(file) || literals(Files.readString(file)).stream().noneMatch(l -> HAN.matcher(l.text()).find())) {
                stale.add(name);
            }
        }
        return stale;
    }

    record Literal(int line, String text, boolean inAnnotation) {
    }

    /** The string literals of a Java source, comments skipped, each marked if it stands in an annotation's arguments. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int annotationDepth = 0; // parentheses open since an annotation's "("
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.add(new Literal(line, src.substring(i + 3, Math.max(i + 3, end - 3)), annotationDepth > 0));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        text.append(src.charAt(j));
                        j++;
                    }
                    text.append(src.charAt(j));
                    j++;
                }
                if (c == '"') {
                    out.add(new Literal(line, text.toString(), annotationDepth > 0));
                }
                i = j + 1;
            } else if (c == '@' && annotationDepth == 0) {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) == '.')) {
                    j++;
                }
                int k = j;
                while (k < n && Character.isWhitespace(src.charAt(k)) && src.charAt(k) != '\n') {
                    k++;
                }
                if (j > i + 1 && k < n && src.charAt(k) == '(' && !src.startsWith("interface", i + 1)) {
                    annotationDepth = 1;
                    i = k + 1;
                } else {
                    i = j;
                }
            } else {
                if (annotationDepth > 0 && c == '(') {
                    annotationDepth++;
                } else if (annotationDepth > 0 && c == ')') {
                    annotationDepth--;
                }
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
