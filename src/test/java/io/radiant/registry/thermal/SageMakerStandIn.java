package io.radiant.registry.thermal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A local stand-in for SageMaker's JSON 1.1 API ({@code POST /}, {@code X-Amz-Target:
 * SageMaker.DescribeEndpoint}, body {@code {"EndpointName": …}}), answering the shapes of the shared
 * fixtures ({@code src/test/resources/fixtures/aws/}, copied from {@code /work/shared/fixtures/aws/}).
 * Each endpoint gets its own answer by matching the request body; every other endpoint is not found.
 * <p>
 * The server is a test class's {@link WireMockExtension} (see {@link #extension}), which starts and stops
 * it and forgets every answer and request before each test; this class only speaks SageMaker to it.
 */
public final class SageMakerStandIn {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockExtension server;

    public SageMakerStandIn(WireMockExtension server) {
        this.server = server;
    }

    /**
     * The server to register ({@code @RegisterExtension}), with these WireMock extensions (response
     * transformers): enough threads to hold every answer a thermal sync waits for at once.
     */
    public static WireMockExtension extension(Extension... extensions) {
        return WireMockExtension.newInstance()
                .options(options().dynamicPort().containerThreads(64).extensions(extensions))
                .build();
    }

    public String url() {
        return server.baseUrl();
    }

    /** Unknown endpoints answer "Could not find endpoint"; call before each test, after the reset. */
    public void knowsNoEndpoint() {
        server.stubFor(describe().atPriority(10)
                .willReturn(answer(400, notFoundBody())));
    }

    /** The endpoint answers with this body (HTTP 200). */
    public void describes(String endpointName, String body) {
        server.stubFor(describe(endpointName).willReturn(answer(200, body)));
    }

    public void answers(String endpointName, ResponseDefinitionBuilder response) {
        server.stubFor(describe(endpointName).willReturn(response));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** An AWS error in the JSON 1.1 shape. */
    public void fails(String endpointName, int status, String type, String message) {
        answers(endpointName, answer(status, error(type, message)));
    }

    public void resetsConnection(String endpointName) {
        answers(endpointName, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    public int requestsFor(String endpointName) {
        return server.countRequestsMatching(requestFor(endpointName).build()).getCount();
    }

    public static RequestPatternBuilder requestFor(String endpointName) {
        return postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("SageMaker.DescribeEndpoint"))
                .withRequestBody(matchingJsonPath("$.EndpointName", equalTo(endpointName)));
    }

    public static MappingBuilder describe() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("SageMaker.DescribeEndpoint"));
    }

    public static MappingBuilder describe(String endpointName) {
        return describe().atPriority(1)
                .withRequestBody(matchingJsonPath("$.EndpointName", equalTo(endpointName)));
    }

    public static ResponseDefinitionBuilder answer(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", CONTENT_TYPE)
                .withHeader("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000").withBody(body);
    }

    public static String error(String type, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("__type", type);
        error.put("message", message);
        return error.toString();
    }

    public static String fixture(String name) {
        try (InputStream in = SageMakerStandIn.class.getResourceAsStream("/fixtures/aws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String notFoundBody() {
        return fixture("sagemaker-describe-endpoint-not-found.json");
    }

    /**
     * The InService fixture rewritten for another endpoint, status, instance count (of its one variant) and
     * failure reason ({@code null}: none), so that every status of the API has an answer of the real shape.
     */
    public static String endpoint(String endpointName, String status, int instances, String failureReason) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(fixture("sagemaker-describe-endpoint-inservice.json"));
            body.put("EndpointName", endpointName);
            body.put("EndpointArn", "arn:aws:sagemaker:us-east-1:123456789012:endpoint/" + endpointName);
            body.put("EndpointConfigName", endpointName + "-config");
            body.put("EndpointStatus", status);
            ObjectNode variant = (ObjectNode) ((ArrayNode) body.get("ProductionVariants")).get(0);
            variant.put("CurrentInstanceCount", instances);
            variant.put("DesiredInstanceCount", Math.max(instances, 1));
            if (failureReason != null) {
                body.put("FailureReason", failureReason);
            }
            return body.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
