package io.storetwin.badinput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to break a default file: the first match of {@code find} replaced, and what a user
 * must then be told. {@code lineShift} moves the expected line from the match's own line (the
 * parser may stop a line later); {@code where} says how the line is given.
 */
record YamlMutation(String id, Target target, String find, String replacement, String message, int lineShift, Where where) {

    enum Target { STORE, SCENARIO }

    /** The problem is at the line; of the whole file; or found later, its message naming the line where it began. */
    enum Where { AT_LINE, WHOLE_FILE, LINE_IN_MESSAGE }

    static YamlMutation store(String id, String find, String replacement, String message) {
        return new YamlMutation(id, Target.STORE, find, replacement, message, 0, Where.AT_LINE);
    }

    static YamlMutation scenario(String id, String find, String replacement, String message) {
        return new YamlMutation(id, Target.SCENARIO, find, replacement, message, 0, Where.AT_LINE);
    }

    YamlMutation shifted(int lines) {
        return new YamlMutation(id, target, find, replacement, message, lines, where);
    }

    YamlMutation wholeFile() {
        return new YamlMutation(id, target, find, replacement, message, 0, Where.WHOLE_FILE);
    }

    /** Found at the end of the file; the message names the line where the broken part began. */
    YamlMutation lineInMessage() {
        return new YamlMutation(id, target, find, replacement, message, 0, Where.LINE_IN_MESSAGE);
    }

    /** The broken text: the first match of {@code find} replaced, literally. */
    String apply(String original) {
        Matcher m = Pattern.compile(find, Pattern.MULTILINE).matcher(original);
        if (!m.find()) {
            throw new IllegalStateException(id + ": '" + find + "' is not in the default file any more");
        }
        StringBuilder broken = new StringBuilder();
        m.appendReplacement(broken, Matcher.quoteReplacement(replacement));
        m.appendTail(broken);
        return broken.toString();
    }

    /** The 1-based line the user must be pointed at. */
    int line(String original) {
        Matcher m = Pattern.compile(find, Pattern.MULTILINE).matcher(original);
        m.find();
        return (int) original.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 + lineShift;
    }
}
