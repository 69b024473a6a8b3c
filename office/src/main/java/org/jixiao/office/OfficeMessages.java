package org.jixiao.office;

import org.jixiao.core.text.Messages;

/** Office's messages (org/jixiao/office/messages*.properties): files refused, problems of a typed workbook, fonts. */
public final class OfficeMessages {
    public static final Messages MESSAGES = new Messages("org.jixiao.office.messages");

    private OfficeMessages() {
    }
}
