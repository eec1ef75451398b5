package dev.cofactor.web.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The time zones an account can read times in: UTC and the IANA regions ("Europe/Paris"), not offsets or aliases. */
public final class TimeZones {

    /** Every choice, sorted, UTC first: what the account page lists. */
    public static final List<String> CHOICES = Stream.concat(Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/\\-]+"))
                    .sorted()).toList();

    private TimeZones() {
    }

    /** The zone a form or the API named, when it is one of {@link #CHOICES}. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || !CHOICES.contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
