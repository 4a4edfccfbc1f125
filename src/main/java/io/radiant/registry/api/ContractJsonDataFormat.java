package io.radiant.registry.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The REST binding's JSON data format: answers are written by Jackson as usual; a request body is handed to
 * the route as the text it is. The routes read bodies strictly against the contract (content type, duplicate keys,
 * unknown fields, types, ranges — {@link JsonRequestBody}, {@link JsonFields}), so every malformed request is a
 * 400 or 415 that names what is wrong; Jackson binding the body first would answer some of them itself, in its
 * own words, and accept others (a duplicate key) silently.
 */
public class ContractJsonDataFormat extends JacksonDataFormat {

    @Override
    public Object unmarshal(Exchange exchange, Object body) throws Exception {
        if (body instanceof String text) {
            return text;
        }
        return super.unmarshal(exchange, body);
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
