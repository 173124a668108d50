package dev.strata.studio;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Lets a request through only with the token: in the {@code strata_studio} cookie, an
 * {@code Authorization: Bearer} header, or once as {@code /?token=} (which sets the cookie and
 * redirects to {@code /}, so the token leaves the address bar and the browser history).
 */
final class TokenGuard {
    static final String COOKIE = "strata_studio";
    static final String REFUSED = "missing or wrong token: open the URL that strata studio printed";

    private final String token;

    TokenGuard(String token) {
        this.token = token;
    }

    /** A before-handler: answers 401 and skips the rest unless the request carries the token. */
    void check(Context ctx) {
        String query = ctx.queryParam("token");
        if (query != null) {
            if (StudioToken.matches(token, query)) {
                ctx.header("Set-Cookie", COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/");
                ctx.header("Cache-Control", "no-store");
                ctx.redirect("/", HttpStatus.FOUND);
            } else {
                refuse(ctx);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (!StudioToken.matches(token, ctx.cookie(COOKIE)) && !StudioToken.matches(token, bearer(ctx))) {
            refuse(ctx);
            ctx.skipRemainingHandlers();
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static void refuse(Context ctx) {
        ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain; charset=utf-8").result(REFUSED);
    }
}
