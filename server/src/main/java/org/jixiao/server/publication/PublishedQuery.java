package org.jixiao.server.publication;

/** The filters of the public list: year, region, department (as printed on the tables), and a page. */
public record PublishedQuery(Integer year, String region, String department, Integer page) {
    static final int SIZE = 50;

    public PublishedQuery {
        region = blankToNull(region);
        department = blankToNull(department);
        page = page == null ? 0 : Math.max(0, page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
