package dev.cofactor.web.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Who is looking at a page, for the navigation in the layout: {@code {inject:viewer.signedIn}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private ZoneId zone;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getDisplayName() {
        return isSignedIn() ? account().displayName() : "";
    }

    public String getEmail() {
        return isSignedIn() ? identity.getPrincipal().getName() : "";
    }

    /** The signed-in account; a page or endpoint that calls this is for signed-in people only. */
    public AccountDto account() {
        AccountDto account = identity.getAttribute(AccountIdentityProvider.ACCOUNT);
        if (account == null) {
            throw new UnauthorizedException();
        }
        return account;
    }

    /** The time zone this person reads times in: their account's, UTC for someone not signed in (read once a request). */
    public ZoneId zone() {
        if (zone == null) {
            zone = isSignedIn() ? TimeZones.parse(account().timeZone()).orElse(ZoneOffset.UTC) : ZoneOffset.UTC;
        }
        return zone;
    }

    public long accountId() {
        return account().id();
    }

    /** The token of the session this request came with; null for HTTP Basic. */
    public String sessionToken() {
        return isSignedIn() ? identity.getAttribute(AccountIdentityProvider.SESSION) : null;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.Names.ADMIN);
    }

    public boolean isInstructor() {
        return identity.hasRole(Role.Names.INSTRUCTOR);
    }
}
