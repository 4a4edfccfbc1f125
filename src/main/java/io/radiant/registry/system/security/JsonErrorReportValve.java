package io.radiant.registry.system.security;

import io.radiant.registry.api.ApiErrors;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before any filter sees them (a {@code %00} in the path, a character an
 * HTTP request line may not hold). Its own answer is an HTML page; this one is the API's JSON error body,
 * so even those callers get {@code {"error", "message"}}. Requests that reach the application are
 * answered by the application and never get here.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private final ApiErrors errors = new ApiErrors();

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(status == 400
                        ? errors.body("bad_request", "The request could not be read: its path or request line is malformed.")
                        : errors.body("http_" + status, "The request was refused by the server (HTTP " + status + ")."));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to say to it
        }
    }
}
