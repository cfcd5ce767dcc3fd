package io.storetwin.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a YAML file as text the way the YAML spec allows: UTF-8, or UTF-16/UTF-32 when a
 * byte-order mark says so (a UTF-8 mark is dropped). Anything else, a file too large to be a
 * store or scenario, or a folder, is one problem that says so plainly.
 */
final class YamlText {

    /**
     * The most characters a YAML file may hold (SnakeYAML's own limit): the default store is about
     * 12 KB, a store of 5,000 products about 1 MB.
     */
    static final int MAX_CHARS = 3 << 20;
    /** The largest file read at all: {@link #MAX_CHARS} characters of UTF-32. */
    private static final long MAX_BYTES = 4L * MAX_CHARS;

    private YamlText() {
    }

    static String read(Path file) throws InvalidInputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw problem(name, 0, "a folder, not a file: give the path of a YAML file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw problem(name, 0, tooLarge(size + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(name, 0, "no such file");
        } catch (IOException e) {
            throw problem(name, 0, "cannot read: " + e.getMessage());
        }
        return decode(name, bytes);
    }

    /** The text of {@code bytes}: by their byte-order mark, else strict UTF-8. */
    static String decode(String name, byte[] bytes) throws InvalidInputException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1 + (int) out.flip().chars().filter(c -> c == '\n').count();
            String encoding = charset.name();
            throw problem(name, line, "not %s text: byte 0x%02X at line %d cannot be read as %s (a binary file, or text saved"
                    .formatted(encoding, bytes[at] & 0xFF, line, encoding)
                    + " in another encoding such as Latin-1?). Save it as UTF-8 (UTF-16 or UTF-32 need a byte-order mark)");
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            throw problem(name, line, "a NUL character at line %d: this is a binary file, not YAML text".formatted(line));
        }
        return text;
    }

    /** The message for a file over {@link #MAX_CHARS}; {@code size} says how large it is. */
    static String tooLarge(String size) {
        return "the file is too large (%s): a store, scenario or experiment file holds at most %,d characters; is this the right file?"
                .formatted(size, MAX_CHARS);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException problem(String file, int line, String message) {
        return new InvalidInputException(List.of(new Problem(file, line, line > 0 ? 1 : 0, "", message)));
    }
}
