package org.jixiao.server.org;

/** The administrative level of an organisation. */
public enum OrgLevel {
    PROVINCE, CITY, COUNTY
}
