package io.radiant.registry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps an event's detail small enough for EventBridge, which refuses an entry (and a PutEvents call) over
 * 256 KB: a detail over the limit has its long strings shortened and its long lists cut, ever harder until it
 * fits, and says so in a top-level {@code truncated} object ({@code {strings, items, originalBytes}}: how many
 * strings were shortened, how many list items left out, the size it had). What the events are built from is
 * upstream text (names and values from provider lists and feeds), so no size can be assumed.
 */
public final class EventDetails {

    /** String lengths and list sizes tried in turn, the gentlest first. */
    private static final int[][] STEPS = {{4096, 200}, {1024, 50}, {256, 10}, {64, 3}, {16, 1}};
    private static final String MARK = "…";

    private EventDetails() { }

    /**
     * @param detail   the detail as stored (a JSON object)
     * @param maxBytes its largest size in UTF-8 bytes
     * @return the detail itself when it fits, else a shortened copy that fits
     */
    public static String bounded(String detail, int maxBytes, ObjectMapper json) {
        int size = detail.getBytes(StandardCharsets.UTF_8).length;
        if (size <= maxBytes) {
            return detail;
        }
        JsonNode tree;
        try {
            tree = json.readTree(detail);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode original)) {
            ObjectNode wrapped = json.createObjectNode();
            wrapped.putObject("truncated").put("originalBytes", size);
            return write(json, wrapped);
        }
        for (int[] step : STEPS) {
            int[] counts = new int[2];
            JsonNode shortened = shorten(original, step[0], step[1], counts);
            ((ObjectNode) shortened).putObject("truncated")
                    .put("strings", counts[0]).put("items", counts[1]).put("originalBytes", size);
            String text = write(json, shortened);
            if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
                return text;
            }
        }
        // a detail that is mostly keys: only its top-level scalars, short, are kept
        ObjectNode last = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext() && last.size() < 20; ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isValueNode() && f.getKey().length() <= 64) {
                last.set(f.getKey(), f.getValue().isTextual() ? TextNode.valueOf(cut(f.getValue().asText(), 64))
                        : f.getValue());
            }
        }
        last.putObject("truncated").put("originalBytes", size);
        return write(json, last);
    }

    private static JsonNode shorten(JsonNode node, int maxChars, int maxItems, int[] counts) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.length() > maxChars) {
                counts[0]++;
                return TextNode.valueOf(cut(s, maxChars));
            }
            return node;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                if (i >= maxItems) {
                    counts[1] += array.size() - maxItems;
                    break;
                }
                copy.add(shorten(array.get(i), maxChars, maxItems, counts));
            }
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String key = f.getKey();
                if (key.length() > maxChars) {
                    counts[0]++;
                    key = cut(key, maxChars);
                }
                copy.set(key, shorten(f.getValue(), maxChars, maxItems, counts));
            }
            return copy;
        }
        return node;
    }

    /** At most {@code max} characters, the last of them the ellipsis, never splitting a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + MARK;
    }

    private static String write(ObjectMapper json, JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
