package io.radiant.registry.thermal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Aggregation strategy (POJO) of the parallel split in {@code routes/sync-thermal.camel.yaml}: gathers the
 * observations of every endpoint into one list. Camel calls it one observation at a time.
 */
@Component("thermalObservations")
public class ObservationCollector {

    public List<EndpointObservation> add(List<EndpointObservation> all, EndpointObservation one) {
        List<EndpointObservation> result = all == null ? new ArrayList<>() : all;
        if (one != null) {
            result.add(one);
        }
        return result;
    }
}
