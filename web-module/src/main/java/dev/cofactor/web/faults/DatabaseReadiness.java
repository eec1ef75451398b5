package dev.cofactor.web.faults;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while requests fail for the database's sake (a full disk under one table, a lock
 * storm, timeouts), which the datasource's own check, one pooled connection answering, does not see.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final DatabaseFaults faults;

    DatabaseReadiness(DatabaseFaults faults) {
        this.faults = faults;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-serves-requests").status(!faults.recentlyFailing()).build();
    }
}
