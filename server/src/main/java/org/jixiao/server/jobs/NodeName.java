package org.jixiao.server.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the nodes on one database: {@code jixiao.node.name} ({@code JIXIAO_NODE_NAME}), or the host
 * and the process id. It is what {@code scheduled_tasks.picked_by} and {@code import_job.node} say.
 */
@Component
public class NodeName {
    private final String value;

    NodeName(@Value("${jixiao.node.name:}") String configured) {
        this.value = configured != null && !configured.isBlank() ? configured.strip() : hostAndPid();
    }

    public String value() {
        return value;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
