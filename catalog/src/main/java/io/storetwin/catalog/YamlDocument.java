package io.storetwin.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed YAML file that remembers where every value was written, so that problems found
 * after binding (a cost above its price, say) still point at a line and column.
 *
 * <p>Binding happens in two steps: {@link #checkShape} walks the tree against the target
 * record type and reports every unknown field, missing field and wrong type at once (Jackson
 * alone stops at the first); only a tree of the right shape is then bound.
 */
final class YamlDocument {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new JavaTimeModule())
            .build();

    private record Location(int line, int column) {
    }

    private final String fileName;
    private final JsonNode root;
    private final Map<String, Location> locations;

    private YamlDocument(String fileName, JsonNode root, Map<String, Location> locations) {
        this.fileName = fileName;
        this.root = root;
        this.locations = locations;
    }

    /**
     * A document with no text behind it, for values built in code (a scenario with command-line
     * overrides applied): its problems name {@code origin} and the field, with no line.
     */
    static YamlDocument unlocated(String origin) {
        return new YamlDocument(origin, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Map.of());
    }

    /**
     * Parses YAML text. Malformed YAML is one problem at the place the YAML parser stopped;
     * every duplicate key is a problem of its own, at the repeated key.
     */
    static YamlDocument parse(String fileName, String text) throws InvalidInputException {
        if (text.length() > YamlText.MAX_CHARS) {
            throw new InvalidInputException(List.of(new Problem(fileName, 0, 0, "",
                    YamlText.tooLarge("%,d characters".formatted(text.length())))));
        }
        Map<String, Location> locations = new HashMap<>();
        Map<String, Location> keys = new HashMap<>();
        List<Problem> duplicates = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        Location last = new Location(1, 1);
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    Location location = new Location(at.getLineNr(), at.getColumnNr());
                    last = location;
                    JsonStreamContext context = parser.getParsingContext();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        locations.put(pathOf(context.getParent()), location);
                    } else if (token == JsonToken.FIELD_NAME) {
                        String path = pathOf(context);
                        Location first = keys.putIfAbsent(path, location);
                        if (first != null) {
                            duplicates.add(new Problem(fileName, location.line(), location.column(), path,
                                    "duplicate key '%s' (first written at line %d)".formatted(parser.currentName(), first.line())));
                        }
                        locations.putIfAbsent(path, location);
                    } else if (token.isScalarValue()) {
                        locations.put(pathOf(context), location);
                        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                            // Jackson 2 hands an alias over as the text of its name: refuse it rather than misread it.
                            unreadable.add(new Problem(fileName, location.line(), location.column(), pathOf(context),
                                    "*" + parser.getText() + " is a YAML alias, which StoreTwin files do not use: write the value out"));
                            continue;
                        }
                        if (token == JsonToken.VALUE_NUMBER_FLOAT && !finite(parser)) {
                            unreadable.add(new Problem(fileName, location.line(), location.column(), pathOf(context),
                                    "must be a finite number, got " + parser.getText()));
                        }
                    }
                }
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(List.of(tooDeep(fileName, e, last)));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(List.of(malformed(fileName, e)));
            }
            if (!duplicates.isEmpty()) {
                throw new InvalidInputException(duplicates);
            }
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InvalidInputException(List.of(new Problem(fileName, 1, 1, "", "the file is empty")));
            }
            return new YamlDocument(fileName, root, locations);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(malformed(fileName, e)));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(fileName, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Whether a float token is a finite double. YAML's {@code .nan} and {@code .inf} are numbers,
     * and {@code 1e400} overflows to infinity, but no StoreTwin field can hold them.
     */
    private static boolean finite(JsonParser parser) throws IOException {
        try {
            return Double.isFinite(parser.getDoubleValue());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Jackson's nesting limit, said in the file's terms rather than the library's. */
    private static Problem tooDeep(String fileName, StreamConstraintsException e, Location last) {
        int limit = StreamReadConstraints.DEFAULT_MAX_DEPTH;
        return new Problem(fileName, last.line(), last.column(), "", "lists or mappings nested more than " + limit
                + " levels deep (a store or scenario needs 4): is this the right file?");
    }

    /**
     * Where and why the YAML parser gave up. SnakeYAML's own marks are used when present:
     * Jackson's location is that of the last good token, which for a scanner error (a tab
     * used for indentation, an unclosed quote) can be lines above the fault.
     */
    private static Problem malformed(String fileName, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark at = yaml.getProblemMark();
            if (yaml.getContextMark() != null && String.valueOf(yaml.getProblem()).contains("end of stream")) {
                // An unclosed quote or bracket is found only at the end of the file: point at where it opened.
                at = yaml.getContextMark();
            }
            StringBuilder message = new StringBuilder("malformed YAML: ").append(oneLine(yaml.getProblem()));
            Mark context = yaml.getContextMark();
            if (yaml.getContext() != null && context != null) {
                message.append(" (%s started at line %d, column %d)".formatted(
                        oneLine(yaml.getContext()), context.getLine() + 1, context.getColumn() + 1));
            } else if (yaml.getContext() != null) {
                message.append(" (").append(oneLine(yaml.getContext())).append(')');
            }
            return new Problem(fileName, at.getLine() + 1, at.getColumn() + 1, "", message.toString());
        }
        JsonLocation at = e.getLocation();
        String message = "malformed YAML: " + oneLine(e.getOriginalMessage());
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new Problem(fileName, line, column, "", message);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    String fileName() {
        return fileName;
    }

    JsonNode root() {
        return root;
    }

    /** A problem at a field path, located at the field or, failing that, its nearest ancestor. */
    Problem problem(String path, String message) {
        if (locations.isEmpty()) {
            return new Problem(fileName, 0, 0, path, message);
        }
        String probe = path;
        while (true) {
            Location at = locations.get(probe);
            if (at != null) {
                return new Problem(fileName, at.line(), at.column(), path, message);
            }
            if (probe.isEmpty()) {
                return new Problem(fileName, 1, 1, path, message);
            }
            probe = parentOf(probe);
        }
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Binds the tree to a record type, after reporting every shape problem at once. */
    <T> T bind(Class<T> type) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        checkShape(root, type, "", problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidInputException(problems);
        }
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            // The shape check should have caught it; report rather than lose the cause.
            throw new InvalidInputException(List.of(problem("", e.getOriginalMessage())));
        }
    }

    private void checkShape(JsonNode node, Type type, String path, List<Problem> problems) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            checkRecord(node, raw, path, problems);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                problems.add(problem(path, "expected a list, got " + describe(node)));
                return;
            }
            Type element = typeArgument(type, 0);
            for (int i = 0; i < node.size(); i++) {
                checkShape(node.get(i), element, path + "[" + i + "]", problems);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                problems.add(problem(path, "expected a mapping, got " + describe(node)));
                return;
            }
            Type value = typeArgument(type, 1);
            node.properties().forEach(e -> checkShape(e.getValue(), value, join(path, e.getKey()), problems));
        } else {
            String wrong = scalarMismatch(node, raw);
            if (wrong != null) {
                problems.add(problem(path, wrong));
            }
        }
    }

    private void checkRecord(JsonNode node, Class<?> type, String path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(problem(path, "expected a mapping of fields, got " + describe(node)));
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        node.fieldNames().forEachRemaining(field -> {
            if (!names.contains(field)) {
                problems.add(problem(join(path, field), "unknown field; expected one of: " + String.join(", ", names)));
            }
        });
        for (RecordComponent component : components) {
            JsonNode child = node.get(component.getName());
            String childPath = join(path, component.getName());
            if (child == null || child.isNull()) {
                if (!component.isAnnotationPresent(Defaulted.class)) {
                    problems.add(problem(childPath, "missing required field"));
                }
            } else {
                checkShape(child, component.getGenericType(), childPath, problems);
            }
        }
    }

    private static String scalarMismatch(JsonNode node, Class<?> type) {
        if (type == double.class || type == Double.class) {
            if (!node.isNumber()) {
                return "expected a number, got " + describe(node);
            }
            return Double.isFinite(node.asDouble()) ? null : "must be a finite number, got " + node.asText();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            boolean whole = node.isIntegralNumber() || (node.isNumber() && Double.isFinite(node.asDouble())
                    && node.asDouble() == Math.rint(node.asDouble()));
            if (!whole) {
                return "expected a whole number, got " + describe(node);
            }
            boolean isInt = type == int.class || type == Integer.class;
            boolean fits = isInt ? node.canConvertToInt() : node.canConvertToLong();
            return fits ? null : "must be a whole number from %d to %d, got %s".formatted(
                    isInt ? Integer.MIN_VALUE : Long.MIN_VALUE, isInt ? Integer.MAX_VALUE : Long.MAX_VALUE, node.asText());
        }
        if (type == boolean.class || type == Boolean.class) {
            return node.isBoolean() ? null : "expected true or false, got " + describe(node);
        }
        if (type == String.class) {
            return node.isValueNode() ? null : "expected text, got " + describe(node);
        }
        if (type == LocalDate.class) {
            if (!node.isTextual()) {
                return "expected a date like 2024-01-01, got " + describe(node);
            }
            try {
                LocalDate.parse(node.asText());
                return null;
            } catch (DateTimeParseException e) {
                return "expected a date like 2024-01-01, got " + describe(node);
            }
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase()).collect(Collectors.joining(", "));
            boolean known = node.isTextual() && Arrays.stream(type.getEnumConstants())
                    .anyMatch(c -> ((Enum<?>) c).name().equalsIgnoreCase(node.asText()));
            return known ? null : "must be one of " + allowed + ", got " + describe(node);
        }
        return null;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text \"" + node.asText() + "\"";
        }
        return node.toString();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported field type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
