package dev.cofactor.web.admin;

import dev.cofactor.web.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The text of a file chosen in an upload form: UTF-8 only ({@link TextInput}), bounded in size; empty when no file was chosen. */
final class UploadedText {

    /** Why a chosen file cannot be read, in words for the form. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private UploadedText() {
    }

    static Optional<String> of(FileUpload file, long maxBytes) {
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
            return Optional.of(TextInput.decode(Files.readAllBytes(file.uploadedFile()), "The file " + file.fileName()));
        } catch (TextInput.Unreadable unreadable) {
            throw new Unreadable(unreadable.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
