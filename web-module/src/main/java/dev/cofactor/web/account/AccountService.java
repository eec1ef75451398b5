package dev.cofactor.web.account;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.audit.AuditLog;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class AccountService {

    /** Compared against when the email is unknown, so that a wrong email costs as long as a wrong password. */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A learner signs up. An email that already has an account is answered exactly like a new one
     * (and costs the same time), so sign-up never tells whether someone has an account.
     */
    public void signUp(NewAccount form) {
        NewAccount learner = form.asLearner();
        requireValid(learner);
        String hash = BcryptUtil.bcryptHash(learner.password());
        if (accounts.findByEmail(learner.email()).isEmpty()) {
            accounts.persist(newAccount(learner, hash));
        }
    }

    /** An admin creates an account with any role; a taken email is an error here. */
    public AccountDto create(NewAccount form) {
        requireValid(form);
        if (accounts.findByEmail(form.email()).isPresent()) {
            throw new InvalidInputException(Map.of("email", "An account with this email already exists."));
        }
        Account account = newAccount(form, BcryptUtil.bcryptHash(form.password()));
        accounts.persist(account);
        audit.record("account.created", "account " + account.email, "role " + account.role.id());
        return AccountDto.from(account);
    }

    /**
     * Checks an email and password. Fails the same way for an unknown email, a wrong password, a
     * disabled account and a paused email or address.
     */
    public Optional<AccountDto> authenticate(String email, String password, String clientAddress) {
        String normalized = normalizeEmail(email);
        if (throttle.isPaused(normalized, clientAddress, clock.instant())) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findByEmail(normalized);
        boolean matches = BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        if (matches && account.get().enabled) {
            throttle.forgetFailures(normalized);
            return account.map(AccountDto::from);
        }
        throttle.recordFailure(normalized, clientAddress, clock.instant());
        return Optional.empty();
    }

    /** The account behind a session cookie, as long as it still exists and is enabled. */
    @Transactional(SUPPORTS)
    public Optional<AccountDto> findEnabled(String email) {
        return accounts.findByEmail(email).filter(account -> account.enabled).map(AccountDto::from);
    }

    @Transactional(SUPPORTS)
    public List<AccountDto> listAccounts() {
        return accounts.listByRoleAndName().stream().map(AccountDto::from).toList();
    }

    public AccountDto changeRole(long accountId, Role role, String actingEmail) {
        Account account = forChange(accountId, actingEmail, "change your own role");
        audit.record("account.role", "account " + account.email, account.role.id() + " -> " + role.id());
        account.role = role;
        return AccountDto.from(account);
    }

    public AccountDto setEnabled(long accountId, boolean enabled, String actingEmail) {
        Account account = forChange(accountId, actingEmail, "disable your own account");
        if (account.enabled != enabled) {
            audit.record(enabled ? "account.enabled" : "account.disabled", "account " + account.email, "");
        }
        account.enabled = enabled;
        return AccountDto.from(account);
    }

    @Transactional(SUPPORTS)
    public boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    /** Creates the first admin from configuration when there is no admin yet. */
    public Optional<AccountDto> ensureAdmin(String email, String password) {
        accounts.lockSeeding();
        if (accounts.anyAdmin()) {
            return Optional.empty();
        }
        return Optional.of(create(new NewAccount("Administrator", email, password, Role.ADMIN.id())));
    }

    /** Creates an account unless one with this email exists; for demo data. */
    public void ensureAccount(NewAccount form) {
        accounts.lockSeeding();
        if (accounts.findByEmail(form.email()).isEmpty()) {
            create(form);
        }
    }

    private Account forChange(long accountId, String actingEmail, String selfAction) {
        Account account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException("No account has the id " + accountId + "."));
        if (account.email.equals(normalizeEmail(actingEmail))) {
            throw new InvalidInputException(Map.of("account", "You cannot " + selfAction + "; ask another admin."));
        }
        return account;
    }

    private Account newAccount(NewAccount form, String hash) {
        Account account = new Account();
        account.email = normalizeEmail(form.email());
        account.displayName = form.displayName().strip();
        account.passwordHash = hash;
        account.role = Role.parse(form.role()).orElseThrow();
        account.enabled = true;
        account.createdAt = clock.instant();
        return account;
    }

    private static void requireValid(NewAccount form) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
