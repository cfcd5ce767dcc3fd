package io.storetwin.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;

/** Reads a {@code YYYY-MM-DD} option value, saying plainly why a value is not a date. */
final class DateOption {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private DateOption() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip(), STRICT);
        } catch (DateTimeParseException e) {
            String why = e.getMessage().contains("could not be parsed: ")
                    ? e.getMessage().substring(e.getMessage().indexOf("could not be parsed: ") + 21) : "not YYYY-MM-DD";
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a calendar date (" + why + "); write YYYY-MM-DD, e.g. 2024-02-29");
        }
    }
}
