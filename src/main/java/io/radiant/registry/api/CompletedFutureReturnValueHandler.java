package io.radiant.registry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.AsyncHandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.DeferredResultMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Finishes a request whose handler returned an already completed {@link CompletionStage} on the same dispatch.
 * Camel's platform-http handler always returns a future; with the routes run on the request thread
 * ({@link ApiConfiguration#platformHttpEngine}) it is complete, and the response written, by the time it is
 * returned, yet Spring MVC would still start async processing and dispatch the request through the container,
 * the filters and the DispatcherServlet a second time. A future that is not complete yet goes the usual way.
 */
final class CompletedFutureReturnValueHandler implements AsyncHandlerMethodReturnValueHandler {

    private final HandlerMethodReturnValueHandler async = new DeferredResultMethodReturnValueHandler();

    /** Puts this handler in front of the adapter's own ones (Spring MVC asks them in order). */
    static void installOn(RequestMappingHandlerAdapter adapter) {
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
        handlers.add(new CompletedFutureReturnValueHandler());
        if (adapter.getReturnValueHandlers() != null) {
            handlers.addAll(adapter.getReturnValueHandlers());
        }
        adapter.setReturnValueHandlers(handlers);
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return CompletionStage.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public boolean isAsyncReturnValue(Object returnValue, MethodParameter returnType) {
        return returnValue instanceof CompletionStage<?> stage && !stage.toCompletableFuture().isDone();
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer container,
                                  NativeWebRequest request) throws Exception {
        if (!(returnValue instanceof CompletionStage<?> stage) || !stage.toCompletableFuture().isDone()) {
            async.handleReturnValue(returnValue, returnType, container, request);
            return;
        }
        CompletableFuture<?> done = stage.toCompletableFuture();
        try {
            done.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw failed;
        }
        container.setRequestHandled(true);
    }
}
