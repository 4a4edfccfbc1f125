package io.radiant.registry.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the Camel routes (unknown path, method not allowed, a request the container
 * refuses) answer with the same JSON body {@code {error, message}} as the routes, instead of Spring
 * Boot's default error page. The message names the status only: no exception text, no stack trace.
 */
@RestController
public class ApiErrorController implements ErrorController {

    private final ApiErrors errors;

    public ApiErrorController(ApiErrors errors) {
        this.errors = errors;
    }

    @RequestMapping(path = "${server.error.path:/error}")
    public ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "this path" : ApiErrors.printable(uri.toString(), 120);
        String body = switch (status) {
            case NOT_FOUND -> errors.body("not_found", "No resource at " + path
                    + "; the API is described at /api/v2/openapi.json.");
            case METHOD_NOT_ALLOWED -> errors.body("method_not_allowed", "The HTTP method "
                    + ApiErrors.printable(String.valueOf(request.getMethod()), 10)
                    + " is not allowed on " + path + ".");
            case UNSUPPORTED_MEDIA_TYPE -> errors.body("unsupported_media_type", "The Content-Type is not supported: send application/json.");
            case NOT_ACCEPTABLE -> errors.body("not_acceptable", "Only application/json responses are available.");
            case PAYLOAD_TOO_LARGE -> errors.body("payload_too_large", "The request body is too large.");
            default -> status.is4xxClientError()
                    ? errors.body(snake(status), "The request was refused: " + status.getReasonPhrase() + ".")
                    : errors.body("internal_error", "The request could not be completed; the incident is logged.");
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String snake(HttpStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
