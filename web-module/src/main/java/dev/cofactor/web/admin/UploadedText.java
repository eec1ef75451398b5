package dev.cofactor.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The text of a file chosen in an upload form: UTF-8 only, bounded in size; empty when no file was chosen. */
final class UploadedText {

    /** Why a chosen file cannot be read, in words for the form. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private UploadedText() {
    }

    /** @param what what the file should be, for messages: "UTF-8 Markdown (a .md file)" */
    static Optional<String> of(FileUpload file, long maxBytes, String what) {
        if (file == null || file.uploadedFile() == null
                || (file.size() == 0 && (file.fileName() == null || file.fileName().isBlank()))) {
            return Optional.empty();
        }
        if (file.size() == 0) {
            throw new Unreadable("The file " + file.fileName() + " is empty.");
        }
        if (file.size() > maxBytes) {
            throw new Unreadable("The file " + file.fileName() + " is larger than " + maxBytes / 1024 + " KB.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new Unreadable("The file " + file.fileName() + " is not UTF-8 text. Save it as " + what
                    + ", then choose it again.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
