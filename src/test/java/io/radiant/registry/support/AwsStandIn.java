package io.radiant.registry.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock in AWS's place: {@code AWS_ENDPOINT_URL} (property {@code aws.endpoint-url}) sends every AWS client
 * of the context under test to it, and test credentials satisfy the default AWS chain.
 * <p>
 * {@link #shared()} is one server for every test class of the JVM. It is started on first use and stopped
 * when the JVM exits, never by a class: a class's {@code @AfterAll} would pull it away from the classes
 * that run after it. A class resets it (stubs and request journal) in {@code @BeforeEach} instead. A class
 * whose server needs extensions of its own (the SageMaker stand-in) starts and stops that one itself and
 * uses {@link #credentials} and {@link #endpoint} for the rest.
 */
public final class AwsStandIn {

    private static WireMockServer shared;

    private AwsStandIn() { }

    public static synchronized WireMockServer shared() {
        if (shared == null) {
            WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-aws-stand-in"));
            shared = server;
        }
        return shared;
    }

    /**
     * The credentials the AWS SDK's default chain finds (as system properties, read when a client signs).
     * Tests that look for leaked secrets pass values of their own, to search the output for.
     */
    public static void credentials(String accessKeyId, String secretAccessKey) {
        System.setProperty("aws.accessKeyId", accessKeyId);
        System.setProperty("aws.secretAccessKey", secretAccessKey);
    }

    /** Points the AWS clients of the context under test at {@code baseUrl}; call from a {@code @DynamicPropertySource}. */
    public static void endpoint(DynamicPropertyRegistry registry, Supplier<Object> baseUrl) {
        registry.add("aws.endpoint-url", baseUrl);
    }

    /** Points them at the shared server. */
    public static void endpoint(DynamicPropertyRegistry registry) {
        endpoint(registry, () -> shared().baseUrl());
    }
}
