package io.radiant.registry.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Aggregation of a parallel split whose parts each end with a body that says how they went (a provider's
 * outcome, a health sample): collects those bodies, in completion order, into the split's own input
 * exchange. Unlike Camel's grouped-body strategy it never promotes a part's exchange to be the result, so
 * a part whose failure was handled by its route's error handling (which stops further routing of that
 * exchange) cannot stop the steps that follow the split.
 */
@Component("collectBodies")
public class CollectBodies implements AggregationStrategy {

    static final String PARTS = "RegistryCollectedBodies";

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        throw new UnsupportedOperationException("collectBodies needs the split's input exchange");
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        List<Object> bodies = bodies(inputExchange);
        if (newExchange != null) {
            bodies.add(newExchange.getMessage().getBody());
        }
        return inputExchange;
    }

    @Override
    public void onCompletion(Exchange exchange, Exchange inputExchange) {
        Exchange target = inputExchange != null ? inputExchange : exchange;
        List<Object> bodies = bodies(target);
        target.removeProperty(PARTS);
        target.getMessage().setBody(new ArrayList<>(bodies));
    }

    @SuppressWarnings("unchecked")
    private static synchronized List<Object> bodies(Exchange exchange) {
        List<Object> bodies = exchange.getProperty(PARTS, List.class);
        if (bodies == null) {
            bodies = Collections.synchronizedList(new ArrayList<>());
            exchange.setProperty(PARTS, bodies);
        }
        return bodies;
    }
}
