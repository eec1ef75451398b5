package dev.cofactor.web.account;

import dev.cofactor.web.CofactorConfig;
import dev.cofactor.web.InvalidInputException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start: the first admin from COFACTOR_ADMIN_EMAIL and COFACTOR_ADMIN_PASSWORD when no admin
 * exists, and in dev mode and tests the demo accounts listed in the README.
 */
@ApplicationScoped
class AccountSeeds {

    private static final Logger LOG = Logger.getLogger(AccountSeeds.class);
    static final String DEMO_PASSWORD = "cofactor-demo-password";
    static final List<NewAccount> DEMO_ACCOUNTS = List.of(
            new NewAccount("Ada Admin", "admin@cofactor.test", DEMO_PASSWORD, "admin"),
            new NewAccount("Ivan Instructor", "instructor@cofactor.test", DEMO_PASSWORD, "instructor"),
            new NewAccount("Iris Instructor", "instructor2@cofactor.test", DEMO_PASSWORD, "instructor"),
            new NewAccount("Lena Learner", "learner@cofactor.test", DEMO_PASSWORD, "learner"),
            new NewAccount("Leo Learner", "learner2@cofactor.test", DEMO_PASSWORD, "learner"));

    private final AccountService accounts;
    private final CofactorConfig config;

    AccountSeeds(AccountService accounts, CofactorConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoAccounts()) {
            DEMO_ACCOUNTS.forEach(accounts::ensureAccount);
            LOG.info("Demo accounts are present (see README.md); never enable them in production.");
        }
        if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
            try {
                accounts.ensureAdmin(config.adminEmail().get(), config.adminPassword().get())
                        .ifPresent(admin -> LOG.infof("Created the first admin, %s", admin.email()));
            } catch (InvalidInputException invalid) {
                LOG.errorf("No admin was created from COFACTOR_ADMIN_EMAIL and COFACTOR_ADMIN_PASSWORD: %s",
                        invalid.getMessage());
            }
        } else if (!accounts.anyAdmin()) {
            LOG.warn("No admin account exists. Set COFACTOR_ADMIN_EMAIL and COFACTOR_ADMIN_PASSWORD and restart"
                    + " to create one.");
        }
    }
}
