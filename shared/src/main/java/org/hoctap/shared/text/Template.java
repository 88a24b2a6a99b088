package org.hoctap.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One text, compiled: the literal pieces and, between them, the names of its {@code {placeholders}}.
 * A brace is always part of a placeholder, so a text can never go out with a stray "{" or "}".
 */
record Template(TemplateEntry source, List<String> literals, List<String> names, boolean draft) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    Template {
        literals = List.copyOf(literals);
        names = List.copyOf(names);
        if (literals.size() != names.size() + 1) {
            throw new IllegalArgumentException("literals and names do not alternate");
        }
    }

    static Template compile(TemplateEntry entry, boolean draft) {
        String text = entry.value();
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                throw entry.problem("in " + entry.key() + ", a '}' has no '{' before it");
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int close = text.indexOf('}', i + 1);
            String name = close < 0 ? "" : text.substring(i + 1, close);
            if (!NAME.matcher(name).matches()) {
                throw entry.problem("in " + entry.key() + ", a '{' does not start a placeholder such as {name}");
            }
            literals.add(literal.toString());
            literal.setLength(0);
            names.add(name);
            i = close;
        }
        literals.add(literal.toString());
        return new Template(entry, literals, names, draft);
    }

    String key() {
        return source.key();
    }

    /** The distinct placeholder names, in order of first use. */
    Set<String> placeholders() {
        return new LinkedHashSet<>(names);
    }

    String render(Language language, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(source.value().length() + 16 * names.size());
        out.append(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            Object value = values.get(names.get(i));
            if (value == null) {
                throw new IllegalArgumentException("template " + key() + " (" + language.tag()
                        + ") needs a value for {" + names.get(i) + "}");
            }
            out.append(value).append(literals.get(i + 1));
        }
        return out.toString();
    }
}
