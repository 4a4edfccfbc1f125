package io.radiant.registry.upstream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one provider's list or one feed said that was not believed: every refused value or entry counted by
 * reason, the first few named (escaped and shortened). It becomes the {@code refused} member of that
 * provider's or feed's entry in the sync's details. Not thread-safe: one instance per list or feed read.
 */
public final class Refusals {

    /** Longest sample, in characters: enough for an id, a field and the start of the value. */
    static final int SAMPLE_LENGTH = 160;

    private final int sampleSize;
    private int count;
    private int entries;
    private final Map<String, Integer> byReason = new LinkedHashMap<>();
    private final List<String> samples = new ArrayList<>();

    public Refusals(int sampleSize) {
        this.sampleSize = Math.max(0, sampleSize);
    }

    /**
     * Counts one refusal. {@code reason} is a fixed word of ours ({@code price-above-ceiling}); {@code sample}
     * says what was refused, in upstream words ("entry-id: field 'value'"), and is escaped here.
     */
    public void refuse(String reason, String sample) {
        count++;
        byReason.merge(reason, 1, Integer::sum);
        if (samples.size() < sampleSize) {
            samples.add(UpstreamText.escape(reason + ": " + (sample == null ? "" : sample), SAMPLE_LENGTH));
        }
    }

    /** Counts one refused whole entry (its values are not read): a list with one is never complete. */
    public void refuseEntry(String reason, String sample) {
        entries++;
        refuse(reason, sample);
    }

    /** Refused whole entries, among {@link #count()}. */
    public int entries() {
        return entries;
    }

    /** Adds another reading's refusals (pages of one list) to these. */
    public void addAll(Refusals other) {
        count += other.count;
        entries += other.entries;
        other.byReason.forEach((reason, n) -> byReason.merge(reason, n, Integer::sum));
        for (String s : other.samples) {
            if (samples.size() < sampleSize) {
                samples.add(s);
            }
        }
    }

    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public Map<String, Integer> byReason() {
        return Map.copyOf(byReason);
    }

    public List<String> samples() {
        return List.copyOf(samples);
    }

    /** The {@code refused} member of the sync's details: {@code {count, byReason, samples}}. */
    public Map<String, Object> toDetail() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("count", count);
        d.put("byReason", new LinkedHashMap<>(byReason));
        d.put("samples", List.copyOf(samples));
        return d;
    }

    /** One line for the log: the count, the reasons and the first sample. */
    public String summary() {
        return count + " refused " + byReason + (samples.isEmpty() ? "" : ", e.g. " + samples.get(0));
    }
}
