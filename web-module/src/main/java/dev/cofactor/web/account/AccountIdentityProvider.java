package dev.cofactor.web.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs HTTP Basic callers of the API in with email and password, throttled like the sign-in form. */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Identity attribute holding the account's {@link AccountDto}. */
    public static final String ACCOUNT = "cofactor.account";
    /** Identity attribute holding the token of the session the request came with; absent for HTTP Basic. */
    public static final String SESSION = "cofactor.session";

    private final AccountService accounts;
    private final ClientAddress clientAddress;

    AccountIdentityProvider(AccountService accounts, ClientAddress clientAddress) {
        this.accounts = accounts;
        this.clientAddress = clientAddress;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? "unknown" : clientAddress.of(routing.request());
        return context.runBlocking(() -> {
            if (accounts.authenticate(request.getUsername(), password, address) instanceof AccountService.SignIn.SignedIn in) {
                return identity(in.account(), null);
            }
            throw new AuthenticationFailedException();
        });
    }

    static SecurityIdentity identity(AccountDto account, String sessionToken) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email()))
                .addRoles(account.role().grants())
                .addAttribute(ACCOUNT, account);
        if (sessionToken != null) {
            identity.addAttribute(SESSION, sessionToken);
        }
        return identity.build();
    }
}
