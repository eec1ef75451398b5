package dev.cofactor.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as people send it and PostgreSQL stores it: UTF-8, without NUL characters or halves of surrogate
 * pairs. Bad text is refused with where it goes wrong, never stored changed (no silent U+FFFD).
 */
public final class TextInput {

    private TextInput() {
    }

    /** What is wrong with a piece of text, in words ("holds a NUL character at line 3"), or null when it can be stored. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "holds a NUL character (U+0000) " + where(text, i) + ", which text never contains";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds half of a UTF-16 surrogate pair " + where(text, i) + ", which is not a character";
            }
        }
        return null;
    }

    /**
     * Decodes bytes that must be UTF-8 text, or refuses them ({@link Unreadable}) saying why and where:
     * "is UTF-16…", "is not UTF-8 text: byte 812 at line 4…"; never a changed character.
     *
     * @param what what the text is, to start the message: "The file notes.gift"
     */
    public static String decode(byte[] bytes, String what) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new Unreadable(what + " is UTF-16 text. Save it as UTF-8 and send it again.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new Unreadable(what + " is not UTF-8 text: byte " + (in.position() + 1) + " "
                    + where(out.toString(), out.length()) + " cannot be read. Save it as UTF-8 and send it again.");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        String problem = problem(text);
        if (problem != null) {
            throw new Unreadable(what + " " + problem + (text.indexOf('\u0000') >= 0 && text.indexOf('\u0000') < 3
                    ? " (is it UTF-16? Save it as UTF-8)." : "."));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Text refused by {@link #decode}: 400, with the message. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static String where(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "at line " + line + ", column " + (index - lineStart + 1);
    }
}
