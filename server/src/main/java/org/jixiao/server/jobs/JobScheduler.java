package org.jixiao.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The background work of every node, as durable jobs in the database (db-scheduler, table {@code scheduled_tasks}):
 * an execution is picked by one node only (an update of its row, checked by version), kept alive by that node's
 * heartbeats, and revived by another node when the heartbeats stop (the node was killed or crashed) — so a job
 * runs once across nodes and survives any one of them. Scheduling joins the caller's transaction (the data source is
 * wrapped for Spring's transactions), so a job is scheduled if and only if what it needs was stored.
 *
 * <p>Started once the application is ready (migrations done), stopped before the data source closes.
 */
@Configuration
public class JobScheduler {
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private Scheduler scheduler;
    private String name;

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
                        @Value("${jixiao.jobs.threads:2}") int threads,
                        @Value("${jixiao.jobs.polling-interval:1s}") Duration polling,
                        @Value("${jixiao.jobs.heartbeat-interval:5s}") Duration heartbeat,
                        @Value("${jixiao.jobs.missed-heartbeats:6}") int missedHeartbeats,
                        NodeName node) {
        name = node.value();
        scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        tasks.stream().filter(t -> !(t instanceof OnStartup)).toList())
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .schedulerName(new SchedulerName.Fixed(name))
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .startTasks(startTasks(tasks))
                .build();
        return scheduler;
    }

    /** The recurring tasks (housekeeping), scheduled at start if not yet in the table. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List startTasks(List<Task<?>> tasks) {
        List out = new ArrayList();
        for (Task<?> t : tasks) {
            if (t instanceof OnStartup) {
                out.add(t);
            }
        }
        return out;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.start();
        log.info("jobs: node {} runs background jobs", name);
    }
}
