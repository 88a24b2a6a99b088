package org.hoctap.gateway.titles.rules;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a rule-set file, noting each problem with where it is
 * ({@code criteria[1].indicators[0].points}) instead of stopping at the first, so an administrator
 * fixes a file in one go. Unknown fields are problems too: a misspelt one would otherwise be ignored.
 */
final class JsonFields {
    private final JsonObject object;
    private final String path;
    private final List<String> problems;

    JsonFields(JsonObject object, String path, List<String> problems, Set<String> known) {
        this.object = object;
        this.path = path;
        this.problems = problems;
        for (String field : object.fieldNames()) {
            if (!known.contains(field)) {
                problem(field, "unknown field (expected one of " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String what) {
        problems.add(at(field) + ": " + what);
    }

    List<String> problems() {
        return problems;
    }

    boolean has(String field) {
        return object.containsKey(field) && object.getValue(field) != null;
    }

    Optional<String> text(String field, boolean required) {
        Object value = object.getValue(field);
        if (value instanceof String s && !s.isBlank()) {
            return Optional.of(s.strip());
        }
        if (value != null || required) {
            problem(field, value == null ? "missing" : "must be a non-empty text");
        }
        return Optional.empty();
    }

    OptionalInt whole(String field, boolean required, int min, int max) {
        Object value = object.getValue(field);
        if (value instanceof Integer || value instanceof Long) {
            long n = ((Number) value).longValue();
            if (n >= min && n <= max) {
                return OptionalInt.of((int) n);
            }
            problem(field, n + " is out of range (" + min + " to " + max + ")");
        } else if (value != null || required) {
            problem(field, value == null ? "missing" : "must be a whole number");
        }
        return OptionalInt.empty();
    }

    Optional<Boolean> flag(String field) {
        Object value = object.getValue(field);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value != null) {
            problem(field, "must be true or false");
        }
        return Optional.empty();
    }

    Optional<JsonObject> object(String field, boolean required) {
        Object value = object.getValue(field);
        if (value instanceof JsonObject o) {
            return Optional.of(o);
        }
        if (value != null || required) {
            problem(field, value == null ? "missing" : "must be an object { … }");
        }
        return Optional.empty();
    }

    /** The array's objects, each with its path; an element that is no object is a problem. */
    List<Element> objects(String field, boolean required) {
        Object value = object.getValue(field);
        List<Element> elements = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getValue(i) instanceof JsonObject o) {
                    elements.add(new Element(o, at(field) + "[" + i + "]"));
                } else {
                    problems.add(at(field) + "[" + i + "]: must be an object { … }");
                }
            }
        } else if (value != null || required) {
            problem(field, value == null ? "missing" : "must be a list [ … ]");
        }
        return elements;
    }

    /** A list of whole numbers. */
    List<Integer> wholes(String field, int min, int max) {
        Object value = object.getValue(field);
        List<Integer> numbers = new ArrayList<>();
        if (value instanceof JsonArray array && !array.isEmpty()) {
            for (int i = 0; i < array.size(); i++) {
                Object n = array.getValue(i);
                if ((n instanceof Integer || n instanceof Long) && ((Number) n).longValue() >= min
                        && ((Number) n).longValue() <= max) {
                    numbers.add(((Number) n).intValue());
                } else {
                    problems.add(at(field) + "[" + i + "]: must be a whole number from " + min + " to " + max);
                }
            }
        } else {
            problem(field, value == null ? "missing" : "must be a non-empty list of whole numbers");
        }
        return numbers;
    }

    /** An object inside this one, for reading its own fields. */
    record Element(JsonObject object, String path) {
    }
}
