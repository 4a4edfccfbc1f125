package io.radiant.registry.system.security;

import io.radiant.registry.api.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request the firewall refuses (encoded slashes or dots, {@code ;} parameters, backslashes, dot
 * segments, doubled slashes…) gets a JSON 400 before anything routes it: a path that has more than one
 * reading is not guessed at.
 */
public final class JsonRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonRequestRejectedHandler.class);

    private final ApiErrors errors = new ApiErrors();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.warn("Rejected {} {} from {}: {}", ApiErrors.printable(request.getMethod(), 10),
                ApiErrors.printable(request.getRequestURI(), 200), request.getRemoteAddr(),
                ApiErrors.printable(String.valueOf(rejected.getMessage()), 200));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        // refused before Spring Security's header writer runs, so the usual headers are set here
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(errors.body("malformed_path", "The request path is not in canonical form "
                + "(encoded slashes or dots, ';' parameters, backslashes, dot segments and doubled slashes are "
                + "refused): send the plain path, e.g. /api/v2/admin/registry/models."));
    }
}
