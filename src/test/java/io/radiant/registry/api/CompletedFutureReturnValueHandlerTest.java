package io.radiant.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.method.support.ModelAndViewContainer;

class CompletedFutureReturnValueHandlerTest {

    private final CompletedFutureReturnValueHandler handler = new CompletedFutureReturnValueHandler();
    private final MethodParameter futureReturn = returnTypeOf("future");
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest(), new MockHttpServletResponse());

    @Test
    void aCompletedFutureEndsTheRequestOnThisDispatch() throws Exception {
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        ModelAndViewContainer container = new ModelAndViewContainer();

        assertThat(handler.supportsReturnType(futureReturn)).isTrue();
        assertThat(handler.isAsyncReturnValue(done, futureReturn)).isFalse();
        handler.handleReturnValue(done, futureReturn, container, request);

        assertThat(container.isRequestHandled()).isTrue();
        assertThat(request.getRequest().isAsyncStarted()).isFalse();
    }

    @Test
    void aFailedFutureThrowsItsCauseForSpringsErrorHandling() {
        IllegalStateException cause = new IllegalStateException("route failed");

        assertThatThrownBy(() -> handler.handleReturnValue(CompletableFuture.failedFuture(cause), futureReturn,
                new ModelAndViewContainer(), request)).isSameAs(cause);
    }

    @Test
    void aFutureStillRunningIsLeftToAsyncProcessing() throws Exception {
        MockHttpServletRequest servletRequest = new MockHttpServletRequest();
        servletRequest.setAsyncSupported(true);
        MockHttpServletResponse servletResponse = new MockHttpServletResponse();
        ServletWebRequest asyncRequest = new ServletWebRequest(servletRequest, servletResponse);
        WebAsyncUtils.getAsyncManager(asyncRequest)
                .setAsyncWebRequest(new StandardServletAsyncWebRequest(servletRequest, servletResponse));
        CompletableFuture<Void> running = new CompletableFuture<>();

        assertThat(handler.isAsyncReturnValue(running, futureReturn)).isTrue();
        handler.handleReturnValue(running, futureReturn, new ModelAndViewContainer(), asyncRequest);

        assertThat(servletRequest.isAsyncStarted()).isTrue();
    }

    @Test
    void otherReturnTypesAreNotItsBusiness() {
        assertThat(handler.supportsReturnType(returnTypeOf("text"))).isFalse();
    }

    @SuppressWarnings("unused")
    CompletableFuture<Void> future() {
        return null;
    }

    @SuppressWarnings("unused")
    String text() {
        return null;
    }

    private static MethodParameter returnTypeOf(String name) {
        try {
            Method m = CompletedFutureReturnValueHandlerTest.class.getDeclaredMethod(name);
            return new MethodParameter(m, -1);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
