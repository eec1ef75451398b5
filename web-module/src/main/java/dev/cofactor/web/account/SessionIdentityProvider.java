package dev.cofactor.web.account;

import dev.cofactor.web.account.SessionAuthenticationMechanism.SessionRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the person behind a session cookie on every request, from PostgreSQL: signing out, a
 * disabled account, a changed role or a new password takes effect at once, on every app instance.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    private final SessionService sessions;

    SessionIdentityProvider(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.token())
                .map(session -> AccountIdentityProvider.identity(session.account(), session.token()))
                .orElseThrow(AuthenticationFailedException::new));
    }
}
