package org.jixiao.server.publication;

/**
 * The filters of the public list: year, region, department (as printed on the tables), words of the project's name,
 * and a page.
 */
public record PublishedQuery(Integer year, String region, String department, String project, Integer page) {
    static final int SIZE = 50;

    public PublishedQuery {
        region = blankToNull(region);
        department = blankToNull(department);
        project = blankToNull(project);
        project = project != null && project.length() > 100 ? project.substring(0, 100) : project;
        page = page == null ? 0 : Math.max(0, page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
