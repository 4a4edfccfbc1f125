package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.discovery.ModelListFormatException;
import io.radiant.registry.discovery.ModelListings;
import io.radiant.registry.discovery.ProviderListings;
import io.radiant.registry.pricing.FeedFormatException;
import io.radiant.registry.pricing.LiteLlmCostMap;
import io.radiant.registry.pricing.ModelsDevCatalog;
import io.radiant.registry.pricing.OpenRouterModels;
import io.radiant.registry.support.UpstreamLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The real fixtures (the LiteLLM cost map and models.dev snapshots, an OpenRouter answer, every provider's list)
 * mutated at random: truncated, values swapped for other types, huge numbers and exponents, impossible dates,
 * deep nesting, huge strings and arrays, control characters. Whatever comes, a parser either reads it or throws
 * its own "unreadable" exception ({@link FeedFormatException}, {@link ModelListFormatException}), and quickly.
 */
class UpstreamParsersPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UpstreamParseProperties LIMITS = UpstreamLimits.defaults();
    private static final long MAX_MILLIS = 3000;

    /** One parser with the real document it reads and the only exception it may throw. */
    record Target(String name, JsonNode document, Consumer<String> parse, Class<? extends RuntimeException> unreadable) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A target, the seed of its mutations and how many to make. */
    record Case(Target target, long seed, int mutations) { }

    private static final List<Target> TARGETS = targets();

    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        t.add(feed("litellm", "real/litellm-cost-map-2026-07-subset.json", b -> LiteLlmCostMap.parse(b, LIMITS)));
        t.add(feed("models.dev", "real/models-dev-catalog.json", b -> ModelsDevCatalog.parse(b, LIMITS)));
        t.add(feed("openrouter", "feeds/openrouter-models.json", b -> OpenRouterModels.parse(b, LIMITS)));
        list(t, "openai-compatible", "providers/openai/models.json");
        list(t, "openai-compatible", "providers/mistral/models.json");
        list(t, "openai-compatible", "providers/together/models.json");
        list(t, "openai-compatible", "providers/openrouter/models.json");
        list(t, "openai-compatible", "providers/deepseek/models.json");
        list(t, "anthropic", "providers/anthropic/models-page1.json");
        list(t, "google", "providers/google/models-page1.json");
        list(t, "cohere", "providers/cohere/models-page1.json");
        list(t, "elevenlabs", "providers/elevenlabs/models.json");
        list(t, "deepgram", "providers/deepgram/models.json");
        list(t, "stability", "providers/stability/engines.json");
        return t;
    }

    private static Target feed(String name, String fixture, Consumer<String> parse) {
        return new Target(name, tree(fixture), parse, FeedFormatException.class);
    }

    private static void list(List<Target> targets, String kind, String fixture) {
        targets.add(new Target(kind + " " + fixture, tree(fixture),
                body -> ProviderListings.read(kind, body, LIMITS), ModelListFormatException.class));
        ModelListings.parserFor(kind); // a kind without a parser fails here, not in the property
    }

    private static JsonNode tree(String fixture) {
        try {
            return JSON.readTree(Fixtures.read(fixture));
        } catch (Exception e) {
            throw new IllegalStateException(fixture, e);
        }
    }

    @Provide
    Arbitrary<Case> mutatedFixtures() {
        return Combinators.combine(Arbitraries.of(TARGETS), Arbitraries.longs(), Arbitraries.integers().between(1, 6))
                .as(Case::new);
    }

    @Property
    void noExceptionButTheParsersOwnUnreadableOneEscapesAndEveryParseIsQuick(@ForAll("mutatedFixtures") Case c)
            throws Exception {
        Random random = new Random(c.seed());
        JsonNode doc = c.target().document().deepCopy();
        for (int i = 0; i < c.mutations(); i++) {
            doc = mutate(doc, random);
        }
        String body = JSON.writeValueAsString(doc);
        if (random.nextInt(5) == 0) {
            body = body.substring(0, random.nextInt(body.length() + 1)); // truncated in transit
        }
        long started = System.nanoTime();
        String outcome = "read";
        try {
            c.target().parse().accept(body);
        } catch (RuntimeException e) {
            assertThat(e).as(c.target().name()).isExactlyInstanceOf(c.target().unreadable());
            outcome = "unreadable";
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as(c.target().name()).isLessThan(MAX_MILLIS);
        // most mutated documents are still read (values refused one by one), some are not documents any more:
        // both must happen, or the mutations (or the parsers) are not doing what this property claims
        Statistics.label("outcome").collect(outcome)
                .coverage(check -> {
                    check.check("read").percentage(p -> p > 20);
                    check.check("unreadable").percentage(p -> p > 5);
                });
    }

    /** The document with one node (the root included) replaced by something hostile. */
    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode replacement = hostile(random);
        if (containers.isEmpty()) {
            return replacement; // an earlier mutation left a bare value: it is replaced as a whole
        }
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent == root && random.nextInt(10) == 0) {
            return replacement;
        }
        if (parent instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(random.nextInt(names.size())), replacement);
        } else if (parent instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), replacement);
        } else if (parent instanceof ObjectNode object) {
            object.set("x", replacement);
        } else if (parent instanceof ArrayNode array) {
            array.add(replacement);
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode hostile(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(16)) {
            case 0 -> f.numberNode(new BigDecimal("1e-30000000"));
            case 1 -> f.numberNode(new BigDecimal("9.99e" + (random.nextInt(2_000_000_000))));
            case 2 -> f.textNode("1e-" + random.nextInt(Integer.MAX_VALUE));
            case 3 -> f.numberNode(-random.nextLong());
            case 4 -> f.textNode("2025-02-30");
            case 5 -> f.textNode("x".repeat(random.nextInt(2) == 0 ? 300 : 1_100_000));
            case 6 -> f.textNode("\u0000\u001b[2J\n\u2028\u202e" + random.nextInt());
            case 7 -> {
                ArrayNode a = f.arrayNode();
                int n = random.nextInt(2) == 0 ? 150 : 100_000;
                for (int i = 0; i < n; i++) {
                    a.add(i % 3 == 0 ? "text" : "image");
                }
                yield a;
            }
            case 8 -> {
                JsonNode deep = f.numberNode(1);
                for (int i = 0; i < 300; i++) {
                    deep = f.arrayNode().add(deep);
                }
                yield deep;
            }
            case 9 -> f.nullNode();
            case 10 -> f.booleanNode(random.nextBoolean());
            case 11 -> f.objectNode().put("id", random.nextInt());
            case 12 -> f.arrayNode().add(f.objectNode()).add(7).add("s");
            case 13 -> f.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(600) - 300));
            case 14 -> f.textNode("");
            default -> f.numberNode(new BigDecimal(new java.math.BigInteger(400, random)));
        };
    }
}
