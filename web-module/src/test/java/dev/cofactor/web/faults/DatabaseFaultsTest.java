package dev.cofactor.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.faults.DatabaseFaults.Kind;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot serve now" (503), with the messages PostgreSQL, pgjdbc and Agroal give. */
class DatabaseFaultsTest {

    @Test
    void databaseFailuresAreClassifiedWhereverTheyAreWrapped() {
        assertThat(kind(new SQLException("Connection to 127.0.0.1:5433 refused.", "08001"))).contains(Kind.UNREACHABLE);
        assertThat(kind(new SQLException("FATAL: terminating connection due to administrator command", "57P01")))
                .contains(Kind.RESTARTING);
        assertThat(kind(new SQLException("ERROR: canceling statement due to statement timeout", "57014")))
                .contains(Kind.TIMED_OUT);
        assertThat(kind(new SQLException("ERROR: could not extend file: No space left on device", "53100")))
                .contains(Kind.OUT_OF_RESOURCES);
        assertThat(kind(new SQLException("Sorry, acquisition timeout!"))).contains(Kind.POOL_EXHAUSTED);
        assertThat(kind(new SQLException("Acquisition timeout while waiting for new connection"))) // a frozen database
                .contains(Kind.POOL_EXHAUSTED);
        assertThat(kind(new SQLException("An I/O error occurred", "08006", new SocketTimeoutException("Read timed out"))))
                .contains(Kind.UNREACHABLE);
        assertThat(DatabaseFaults.classify(new RuntimeException(new SocketTimeoutException("Read timed out"))))
                .contains(Kind.TIMED_OUT);
    }

    @Test
    void otherFailuresAreNotTheDatabasesFault() {
        assertThat(kind(new SQLException("ERROR: duplicate key value violates unique constraint", "23505"))).isEmpty();
        assertThat(kind(new SQLException("ERROR: syntax error at or near \"selec\"", "42601"))).isEmpty();
        assertThat(DatabaseFaults.classify(new IllegalStateException("a bug"))).isEmpty();
    }

    /** As Hibernate hands it on: the SQLException inside a runtime exception. */
    private static Optional<Kind> kind(SQLException failure) {
        return DatabaseFaults.classify(new RuntimeException("JDBC exception executing SQL", failure));
    }
}
