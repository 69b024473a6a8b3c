package org.jixiao.bench.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A realistic organisation tree: provincial finance departments, the city and county finance bureaus under them,
 * supervising departments (主管部门) under every bureau and budget units under every department. Ids are given
 * here so that the materialised paths ("/1/7/31/") can be written in the same COPY as the rows.
 */
final class OrgTree {
    record Org(long id, Long parentId, String kind, String name, String region, String level, String path) {
        boolean isUnit() {
            return kind.equals("UNIT");
        }
    }

    private static final String[] PROVINCES = {"云南省", "贵州省", "四川省", "江西省"};
    private static final String[] CITY_STEMS = {"东川", "西林", "南华", "北安", "中和", "青云", "白石", "金沙"};
    private static final String[] COUNTY_STEMS = {"安宁", "永平", "兴仁", "长顺", "宜良", "石林", "华宁", "祥云"};
    private static final String[] DEPARTMENTS = {"教育", "卫生健康", "农业农村", "交通运输", "水利", "民政", "文化和旅游", "科学技术"};
    private static final String[] UNITS = {"信息中心", "事务服务中心", "监测中心", "技术推广站", "综合保障中心"};

    private final List<Org> all = new ArrayList<>();
    private long nextId = 1;

    /**
     * @param cities      cities per province
     * @param counties    counties per city
     * @param departments departments under every finance bureau
     * @param units       units under every department
     */
    static OrgTree build(int cities, int counties, int departments, int units) {
        OrgTree tree = new OrgTree();
        for (String province : PROVINCES) {
            Org p = tree.bureau(null, province, province + "财政厅", "PROVINCE", departments, units, "厅");
            for (int c = 0; c < cities; c++) {
                String city = province.substring(0, 2) + CITY_STEMS[c % CITY_STEMS.length] + (c < CITY_STEMS.length ? "" : c) + "市";
                Org ci = tree.bureau(p, city, city + "财政局", "CITY", departments, units, "局");
                for (int k = 0; k < counties; k++) {
                    String county = city.substring(2, 4) + COUNTY_STEMS[k % COUNTY_STEMS.length]
                            + (k < COUNTY_STEMS.length ? "" : k) + "县";
                    tree.bureau(ci, county, county + "财政局", "COUNTY", departments, units, "局");
                }
            }
        }
        return tree;
    }

    private Org bureau(Org parent, String region, String name, String level, int departments, int units, String suffix) {
        Org bureau = add(parent, "FINANCE_BUREAU", name, region, level);
        for (int d = 0; d < departments; d++) {
            Org dept = add(bureau, "DEPARTMENT", region + DEPARTMENTS[d % DEPARTMENTS.length] + suffix, region, level);
            for (int u = 0; u < units; u++) {
                add(dept, "UNIT", dept.name() + UNITS[u % UNITS.length], region, level);
            }
        }
        return bureau;
    }

    private Org add(Org parent, String kind, String name, String region, String level) {
        long id = nextId++;
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        Org org = new Org(id, parent == null ? null : parent.id(), kind, name, region, level, path);
        all.add(org);
        return org;
    }

    List<Org> all() {
        return all;
    }

    List<Org> units() {
        return all.stream().filter(Org::isUnit).toList();
    }

    Org byId(long id) {
        return all.get((int) id - 1);
    }
}
