package io.stancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class InfrastructureErrorsTest {

    @Test
    void aLostConnectionAnywhereInTheCauseChainIsServiceUnavailable() {
        RuntimeException e = new IllegalStateException("wrapped", new SQLException("connection refused", "08001"));
        assertEquals(InfrastructureErrors.UNREACHABLE, InfrastructureErrors.classify(e).orElseThrow().getMessage());
    }

    @Test
    void aDriverErrorHiddenAmongSuppressedExceptionsIsFound() {
        SQLException enlist = new SQLException("Failed to enlist");
        enlist.addSuppressed(new SQLException("Connection is broken", "90067"));
        assertTrue(InfrastructureErrors.classify(new RuntimeException(enlist)).isPresent());
    }

    @Test
    void aStatementTimeoutSaysTheDatabaseDidNotAnswerInTime() {
        assertEquals(InfrastructureErrors.TIMEOUT, InfrastructureErrors.classify(new RuntimeException(new SQLTimeoutException("slow")))
                .orElseThrow().getMessage());
    }

    @Test
    void otherFailuresAreNotInfrastructure() {
        assertTrue(InfrastructureErrors.classify(new RuntimeException(new SQLException("duplicate key", "23505"))).isEmpty());
        assertTrue(InfrastructureErrors.classify(new NullPointerException()).isEmpty());
    }
}
