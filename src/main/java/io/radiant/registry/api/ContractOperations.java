package io.radiant.registry.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumerAware;
import org.apache.camel.component.rest.openapi.DefaultRestOpenapiProcessorStrategy;
import org.apache.camel.support.processor.RestBindingAdvice;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a request matched to an operation of the contract reaches its route {@code direct:<operationId>}. Camel's
 * default looks the endpoint up by URI and borrows a producer from a cache on every request; here each operation's
 * producer is made once, when the contract is bound, which keeps that work off selection's hot path. An operation
 * the contract declares and no route implements answers 501 {@code not_implemented} in the contract's error shape
 * (Camel's own "ignore" would echo the request back as a 200).
 */
public class ContractOperations extends DefaultRestOpenapiProcessorStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(ContractOperations.class);

    private final Map<String, AsyncProducer> producers = new ConcurrentHashMap<>();

    @Override
    public void validateOpenApi(OpenAPI openApi, String basePath, PlatformHttpConsumerAware platformHttpConsumer)
            throws Exception {
        // Each path of the contract is mapped as it is written. Camel would map it with a prefix wildcard, so a
        // path below an operation's (POST /registry/select/extra) reached Camel's own 404 — an answer without
        // the API's error body that sends the request body back. Unmapped, it is the router's 404 (ApiErrorController).
        if (platformHttpConsumer != null) {
            platformHttpConsumer.getPlatformHttpConsumer().getEndpoint().setMatchOnUriPrefix(false);
        }
        super.validateOpenApi(openApi, basePath, platformHttpConsumer);
        for (var path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                String id = operation.getOperationId();
                Endpoint endpoint = implementedBy(id);
                if (endpoint == null) {
                    LOG.warn("Operation {} of the REST contract has no route direct:{}; it answers 501", id, id);
                    continue;
                }
                AsyncProducer producer = endpoint.createAsyncProducer();
                ServiceHelper.startService(producer);
                producers.put(id, producer);
            }
        }
    }

    private Endpoint implementedBy(String operationId) {
        String uri = "direct://" + operationId;
        for (Route route : getCamelContext().getRoutes()) {
            if (uri.equals(route.getEndpoint().getEndpointBaseUri())) {
                return route.getEndpoint();
            }
        }
        return null;
    }

    @Override
    public boolean process(OpenAPI openApi, Operation operation, String verb, String path, RestBindingAdvice binding,
                           Exchange exchange, AsyncCallback callback) {
        Map<String, Object> state;
        try {
            state = binding.before(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        AsyncProducer producer = producers.get(operation.getOperationId());
        if (producer == null) {
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 501);
            exchange.getMessage().setBody(new ApiError("not_implemented", "The operation "
                    + operation.getOperationId() + " is declared by the API but not served by this instance."));
            after(binding, exchange, state);
            callback.done(true);
            return true;
        }
        return producer.process(exchange, doneSync -> {
            after(binding, exchange, state);
            callback.done(doneSync);
        });
    }

    private static void after(RestBindingAdvice binding, Exchange exchange, Map<String, Object> state) {
        // The message still holds the request's Content-Type: platform-http maps it in whatever the header filter
        // says, and the binding keeps a Content-Type it finds (and writes JSON only under a JSON one). Dropped
        // here, the one place every answer passes, the binding sets the operation's produces of the contract
        // (application/json) and writes the body as JSON: a caller's text/html or vendor type never labels it.
        exchange.getMessage().removeHeader(Exchange.CONTENT_TYPE);
        try {
            binding.after(exchange, state);
        } catch (Exception e) {
            exchange.setException(e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        producers.values().forEach(ServiceHelper::stopService);
        producers.clear();
        super.doStop();
    }
}
