package io.radiant.registry.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock in AWS's place: {@code AWS_ENDPOINT_URL} (property {@code aws.endpoint-url}) sends every AWS client
 * of the context under test to it, and test credentials satisfy the default AWS chain.
 * <p>
 * A class registers a stand-in of its own ({@code @RegisterExtension static WireMockExtension aws =
 * AwsStandIn.extension();}): the extension starts it before the class, forgets its stubs and requests
 * before each test and stops it after the class, so no class can take it from another or see another's
 * requests. A stand-in that needs more of WireMock (the SageMaker one) builds its own extension and uses
 * {@link #credentials} and {@link #endpoint} for the rest.
 */
public final class AwsStandIn {

    private AwsStandIn() { }

    /** A stand-in on a free port, with these WireMock extensions (response transformers) if any. */
    public static WireMockExtension extension(Extension... extensions) {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().extensions(extensions))
                .build();
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

    /**
     * Points them at a registered stand-in. Its URL is read when the context starts, after the extension
     * has started the server.
     */
    public static void endpoint(DynamicPropertyRegistry registry, WireMockExtension standIn) {
        endpoint(registry, standIn::baseUrl);
    }
}
