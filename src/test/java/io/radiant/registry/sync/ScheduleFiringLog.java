package io.radiant.registry.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The firings of one schedule as its route logs them: when each was due, which instance took it, what came of it. */
final class ScheduleFiringLog {

    record Firing(Instant due, String instance, boolean startedSync) { }

    private ScheduleFiringLog() { }

    static List<Firing> firings(String log, String syncType) {
        List<Firing> firings = new ArrayList<>();
        Matcher handed = Pattern.compile("Scheduled " + syncType + " sync due (\\S+) handed over on (\\S+): sync (\\S*)")
                .matcher(log);
        while (handed.find()) {
            firings.add(new Firing(Instant.parse(handed.group(1)), handed.group(2), !handed.group(3).isEmpty()));
        }
        Matcher running = Pattern.compile("No new " + syncType + " sync \\(schedule\\): [^\\n]*; firing due (\\S+) on (\\S+)").matcher(log);
        while (running.find()) {
            firings.add(new Firing(Instant.parse(running.group(1)), running.group(2), false));
        }
        return firings;
    }

    /** Due times of the firings that sync/ScheduledFirings reported as not handed over (and left to a retry). */
    static List<Instant> notHandedOver(String log, String syncType) {
        List<Instant> dues = new ArrayList<>();
        Matcher missed = Pattern.compile("Scheduled " + syncType + " sync due (\\S+) could not be handed over").matcher(log);
        while (missed.find()) {
            dues.add(Instant.parse(missed.group(1)));
        }
        return dues;
    }
}
