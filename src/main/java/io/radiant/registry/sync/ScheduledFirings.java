package io.radiant.registry.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a scheduled firing of a sync is never lost between Quartz and {@code direct:sync-trigger}.
 *
 * <p>The schedule route ({@code routes/sync-schedules.camel.yaml}) marks a firing as handed over once
 * {@code direct:sync-trigger} has answered: a sync started, or one of that type runs already. A firing that ends
 * without that mark could not run here — Camel not (or no longer) running, the route stopped, the claim refused
 * by the database — and gets a retry trigger in the clustered job store. Any instance may fire it, so a retry is
 * also left to another instance when this one goes away. There is at most one retry per sync type: one sync run
 * catches up on every firing it stands for, which is also how missed firings are treated after a long stop.
 * The retry repeats every {@code retryDelay} until a firing of that type is handed over.
 */
public class ScheduledFirings implements JobListener {

    /** The Quartz group of the four schedule jobs (the host part of their {@code quartz://} URIs). */
    public static final String SCHEDULE_GROUP = "registry-sync";
    /** The group of the retry triggers, one per sync type, named like the type's job. */
    public static final String RETRY_GROUP = "registry-sync-retry";

    static final String HANDED_OVER = "registryHandedOver";
    static final String REFUSAL = "registryRefusal";
    static final String FIRST_MISSED_AT = "registryFirstMissedAt";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledFirings.class);

    private final Duration retryDelay;

    public ScheduledFirings(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    /** When the firing in hand was due: its own fire time, or for a retry the time of the firing it stands for. */
    public Instant dueAt(Map<String, Object> firing, Date scheduledFireTime) {
        Object firstMissed = firing.get(FIRST_MISSED_AT);
        if (firstMissed instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        return scheduledFireTime.toInstant();
    }

    /** Called by the schedule route once {@code direct:sync-trigger} has taken the firing. */
    public void handedOver(Map<String, Object> firing) {
        firing.put(HANDED_OVER, Boolean.TRUE);
    }

    /** Called by the schedule route when {@code direct:sync-trigger} failed: the reason for the log. */
    public void refused(Map<String, Object> firing, String reason) {
        firing.put(REFUSAL, reason);
    }

    @Override
    public String getName() {
        return "registry-scheduled-firings";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        // the outcome is only known after the job
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        jobWasExecuted(context, null);
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        JobKey job = context.getJobDetail().getKey();
        if (!SCHEDULE_GROUP.equals(job.getGroup())) {
            return;
        }
        Map<String, Object> firing = context.getMergedJobDataMap();
        TriggerKey retryKey = TriggerKey.triggerKey(job.getName(), RETRY_GROUP);
        boolean isRetry = retryKey.equals(context.getTrigger().getKey());
        Instant due = dueAt(firing, context.getScheduledFireTime());
        Scheduler scheduler = context.getScheduler();
        String instance = instanceOf(scheduler);
        try {
            if (Boolean.TRUE.equals(firing.get(HANDED_OVER))) {
                if (scheduler.unscheduleJob(retryKey)) {
                    LOG.info("Scheduled {} sync due {}: handed over on {} by {}; its pending retry is done", job.getName(),
                            due, instance, isRetry ? "the retry" : "a later firing");
                }
                return;
            }
            String reason = reasonOf(firing, failure);
            if (isRetry) {
                LOG.warn("Scheduled {} sync due {} still could not be handed over on {} ({}); next try in {}s on any instance",
                        job.getName(), due, instance, reason, retryDelay.toSeconds());
                return;
            }
            if (scheduler.checkExists(retryKey)) {
                LOG.warn("Scheduled {} sync due {} could not be handed over on {} ({}); the retry already pending covers it",
                        job.getName(), due, instance, reason);
                return;
            }
            scheduler.scheduleJob(retryTrigger(job, retryKey, due));
            LOG.warn("Scheduled {} sync due {} could not be handed over on {} ({}); retried in {}s by any instance",
                    job.getName(), due, instance, reason, retryDelay.toSeconds());
        } catch (ObjectAlreadyExistsException raced) {
            LOG.warn("Scheduled {} sync due {} could not be handed over on {}; another instance scheduled its retry",
                    job.getName(), due, instance);
        } catch (SchedulerException e) {
            LOG.error("Scheduled {} sync due {} could not be handed over on {}, and its retry could not be stored: {}",
                    job.getName(), due, instance, e.getMessage());
        }
    }

    private Trigger retryTrigger(JobKey job, TriggerKey retryKey, Instant due) {
        return TriggerBuilder.newTrigger()
                .withIdentity(retryKey)
                .forJob(job)
                .usingJobData(FIRST_MISSED_AT, due.toEpochMilli())
                .startAt(Date.from(Instant.now().plus(retryDelay)))
                // a retry missed while every instance was down runs once at the next start, like a missed firing
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(retryDelay.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build();
    }

    private static String reasonOf(Map<String, Object> firing, JobExecutionException failure) {
        if (firing.get(REFUSAL) instanceof String refusal) {
            return refusal;
        }
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        }
        return "camel-quartz did not pass it to the schedule route";
    }

    private static String instanceOf(Scheduler scheduler) {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "this instance";
        }
    }
}
