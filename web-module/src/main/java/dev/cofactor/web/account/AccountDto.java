package dev.cofactor.web.account;

import java.time.Instant;

/** An account as the API shows it: never its password hash. */
public record AccountDto(long id, String email, String displayName, Role role, boolean enabled, Instant createdAt,
        String timeZone) {

    public static AccountDto from(Account account) {
        return new AccountDto(account.id, account.email, account.displayName, account.role, account.enabled,
                account.createdAt, account.timeZone);
    }
}
