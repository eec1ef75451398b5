package dev.cofactor.web.account;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.web.CofactorConfig;
import dev.cofactor.web.InvalidInputException;
import dev.cofactor.web.account.AccountChanged.Change;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class AccountService {

    /** Compared against when the email is unknown, so that a wrong email costs as long as a wrong password. */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    /** How a sign-in went. A paused email or address is said as such: the pause applies to any email, known or not. */
    public sealed interface SignIn {
        record SignedIn(AccountDto account) implements SignIn {
        }

        record Refused() implements SignIn {
        }

        record Paused(Instant until) implements SignIn {
        }
    }

    /** How many sessions a "sign out everywhere" ended, for the API. */
    public record EndedSessions(int ended) {
    }

    private final AccountRepository accounts;
    private final Throttle throttle;
    private final SessionService sessions;
    private final CofactorConfig.SignIn limits;
    private final Clock clock;
    private final Event<AccountChanged> changed;
    private final VerifiedPasswords verified;

    AccountService(AccountRepository accounts, Throttle throttle, SessionService sessions, CofactorConfig config,
            Event<AccountChanged> changed, VerifiedPasswords verified, Clock clock) {
        this.clock = clock;
        this.verified = verified;
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.limits = config.signIn();
        this.changed = changed;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A learner signs up. An email that already has an account is answered exactly like a new one
     * (and costs the same time), so sign-up never tells whether someone has an account. Each client
     * address may sign up a few times an hour; beyond that the answer is {@link Optional#of} the end of
     * the pause, and nothing is stored.
     */
    @Transactional(SUPPORTS) // no connection held while bcrypt runs or the throttle commits its own
    public Optional<Instant> signUp(NewAccount form, String clientAddress) {
        NewAccount learner = form.asLearner();
        requireValid(learner);
        Optional<Instant> paused = throttle.take("sign-up:address:" + clientAddress, limits.maxSignUpsPerAddress(),
                limits.signUpWindow(), clock.instant());
        if (paused.isPresent()) {
            return paused;
        }
        String hash = BcryptUtil.bcryptHash(learner.password());
        QuarkusTransaction.requiringNew().run(() -> {
            accounts.lockEmail(learner.email());
            if (accounts.findByEmail(learner.email()).isEmpty()) {
                accounts.persist(newAccount(learner, hash));
            }
        });
        return Optional.empty();
    }

    /** An admin creates an account with any role; a taken email is an error here. */
    public AccountDto create(NewAccount form) {
        requireValid(form);
        accounts.lockEmail(form.email()); // two creations of one email at once: the second sees the first
        if (accounts.findByEmail(form.email()).isPresent()) {
            throw new InvalidInputException(Map.of("email", "An account with this email already exists."));
        }
        Account account = newAccount(form, BcryptUtil.bcryptHash(form.password()));
        accounts.persist(account);
        changed.fire(new AccountChanged(Change.CREATED, account.email, "role " + account.role.id()));
        return AccountDto.from(account);
    }

    /**
     * Checks an email and password. An unknown email, a wrong password and a disabled account fail the
     * same way. Unless this instance checked the very same password against the account's current hash a
     * moment ago ({@link VerifiedPasswords}: an API client's every request), each try takes a slot of the
     * email's window before bcrypt runs, so that concurrent guesses at one email get exactly the limit; a
     * success forgets the email's tries. Failures from one client address are counted as they happen and
     * pause that address at the limit (a burst can overshoot it by the requests in flight), so that people
     * signing in at once behind one school router are never paused by their own successes.
     */
    @Transactional(SUPPORTS) // reads without a transaction: no connection held while bcrypt runs
    public SignIn authenticate(String email, String password, String clientAddress) {
        String normalized = normalizeEmail(email);
        String given = password == null ? "" : password;
        synchronized (verified.lockFor(normalized, given)) {
            return check(normalized, given, clientAddress);
        }
    }

    private SignIn check(String normalized, String given, String clientAddress) {
        Instant now = clock.instant();
        if (normalized.length() > NewAccount.MAX_EMAIL) { // no account has it: refused as slowly as a wrong password
            BcryptUtil.matches(given, UNKNOWN_ACCOUNT_HASH);
            return new SignIn.Refused();
        }
        Optional<Account> account = accounts.findByEmail(normalized);
        if (account.isPresent() && account.get().enabled
                && verified.isVerified(normalized, given, account.get().passwordHash, now)) {
            return new SignIn.SignedIn(AccountDto.from(account.get()));
        }
        String emailKey = emailKey(normalized);
        String addressKey = "sign-in:address:" + clientAddress;
        Optional<Instant> paused = throttle.pausedUntil(addressKey, limits.maxFailuresPerAddress(), now)
                .or(() -> throttle.take(emailKey, limits.maxFailuresPerAccount(), limits.window(), now));
        if (paused.isPresent()) {
            return new SignIn.Paused(paused.get());
        }
        boolean matches = BcryptUtil.matches(given, account.map(a -> a.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        if (matches && account.get().enabled) {
            throttle.reset(emailKey);
            verified.remember(normalized, given, account.get().passwordHash, now);
            return new SignIn.SignedIn(AccountDto.from(account.get()));
        }
        throttle.take(addressKey, limits.maxFailuresPerAddress(), limits.window(), now);
        return new SignIn.Refused();
    }

    /**
     * Changes the account's own details: the name others see and the time zone it reads times in (an IANA
     * name, "Europe/Paris"). Field problems when either is not acceptable; audited when something changed.
     */
    @Transactional
    public AccountDto changeDetails(long accountId, String displayName, String timeZone) {
        Map<String, String> problems = new LinkedHashMap<>();
        NewAccount.nameProblem(displayName).ifPresent(problem -> problems.put("displayName", problem));
        if (TimeZones.parse(timeZone).isEmpty()) {
            problems.put("timeZone", "Choose a time zone from the list, such as Europe/Paris.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = accounts.findByIdOptional(accountId).orElseThrow(() -> new NotFoundException("No such account."));
        String name = displayName.strip();
        String zone = TimeZones.parse(timeZone).orElseThrow().getId();
        if (!name.equals(account.displayName) || !zone.equals(account.timeZone)) {
            changed.fire(new AccountChanged(Change.DETAILS, account.email, "name " + name + ", time zone " + zone));
            account.displayName = name;
            account.timeZone = zone;
        }
        return AccountDto.from(account);
    }

    /**
     * Changes the signed-in person's password after checking the current one (throttled like a
     * sign-in), and ends every other session of the account; {@code keepSession} stays signed in.
     */
    @Transactional(SUPPORTS)
    public void changePassword(long accountId, String current, String replacement, String keepSession,
            String clientAddress) {
        String email = accounts.findByIdOptional(accountId).orElseThrow(() -> new NotFoundException("No such account.")).email;
        if (!(authenticate(email, current, clientAddress) instanceof SignIn.SignedIn)) {
            throw new InvalidInputException(Map.of("currentPassword", "This is not your current password."));
        }
        PasswordPolicy.problem(replacement, email).ifPresent(problem -> {
            throw new InvalidInputException(Map.of("newPassword", problem));
        });
        String hash = BcryptUtil.bcryptHash(replacement);
        QuarkusTransaction.requiringNew().run(() -> {
            accounts.findById(accountId).passwordHash = hash;
            int ended = keepSession == null ? sessions.closeAll(accountId) : sessions.closeOthers(accountId, keepSession);
            changed.fire(new AccountChanged(Change.PASSWORD_CHANGED, email, endedSessions(ended)));
        });
    }

    /**
     * Sets a new password after a reset link proved the email is theirs: every session ends. Returns the
     * email, whose sign-in pause the caller lifts once this has committed ({@link #liftPause}).
     */
    String resetPassword(long accountId, String replacement) {
        Account account = accounts.findByIdOptional(accountId).orElseThrow(() -> new NotFoundException("No such account."));
        PasswordPolicy.problem(replacement, account.email).ifPresent(problem -> {
            throw new InvalidInputException(Map.of("password", problem));
        });
        account.passwordHash = BcryptUtil.bcryptHash(replacement);
        int ended = sessions.closeAll(accountId);
        changed.fire(new AccountChanged(Change.PASSWORD_RESET, account.email, "by an emailed link; " + endedSessions(ended)));
        return account.email;
    }

    /** Forgets an email's sign-in tries: its owner proved the email is theirs. Outside any transaction, as the throttle commits alone. */
    @Transactional(SUPPORTS)
    void liftPause(String email) {
        throttle.reset(emailKey(normalizeEmail(email)));
    }

    /** Ends every session of an account: its owner's "sign out everywhere", or an admin's. */
    public int signOutEverywhere(long accountId) {
        Account account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException("No account has the id " + accountId + "."));
        int ended = sessions.closeAll(accountId);
        changed.fire(new AccountChanged(Change.SIGNED_OUT, account.email, endedSessions(ended)));
        return ended;
    }

    /** The account with this id, enabled or not. */
    @Transactional(SUPPORTS)
    public Optional<AccountDto> findAccount(long accountId) {
        return accounts.findByIdOptional(accountId).map(AccountDto::from);
    }

    /** The enabled account with this email, for a password reset. */
    @Transactional(SUPPORTS)
    Optional<AccountDto> findEnabled(String email) {
        return accounts.findByEmail(email).filter(account -> account.enabled).map(AccountDto::from);
    }

    /** The accounts with these ids, by id (an id without an account is left out). */
    @Transactional(SUPPORTS)
    public Map<Long, AccountDto> accountsById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : accounts.<Account>list("id in ?1", List.copyOf(ids)).stream().map(AccountDto::from)
                .collect(Collectors.toMap(AccountDto::id, Function.identity()));
    }

    @Transactional(SUPPORTS)
    public List<AccountDto> listAccounts() {
        return accounts.listByRoleAndName().stream().map(AccountDto::from).toList();
    }

    public AccountDto changeRole(long accountId, Role role, String actingEmail) {
        Account account = forChange(accountId, actingEmail, "change your own role");
        if (account.role != role) { // the same role again changes nothing, and so logs nothing
            changed.fire(new AccountChanged(Change.ROLE, account.email, account.role.id() + " -> " + role.id()));
            account.role = role;
        }
        return AccountDto.from(account);
    }

    /** Disabling an account also ends its sessions. */
    public AccountDto setEnabled(long accountId, boolean enabled, String actingEmail) {
        Account account = forChange(accountId, actingEmail, "disable your own account");
        if (account.enabled != enabled) {
            String detail = enabled ? "" : endedSessions(sessions.closeAll(accountId));
            changed.fire(new AccountChanged(enabled ? Change.ENABLED : Change.DISABLED, account.email, detail));
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

    static String emailKey(String normalizedEmail) {
        return "sign-in:email:" + normalizedEmail;
    }

    private static String endedSessions(int ended) {
        return ended == 1 ? "1 session ended" : ended + " sessions ended";
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
        account.timeZone = "UTC";
        return account;
    }

    private static void requireValid(NewAccount form) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
