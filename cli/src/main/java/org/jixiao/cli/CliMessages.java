package org.jixiao.cli;

import org.jixiao.core.text.Messages;

/**
 * The command line's messages (org/jixiao/cli/messages*.properties): the reports of score, rescore, audit,
 * check-goals and import, and the commands' errors, each shown in the language of {@code --lang}; a usage error,
 * which may come before the language is known, in both.
 */
public final class CliMessages {
    public static final Messages MESSAGES = new Messages("org.jixiao.cli.messages");

    private CliMessages() {
    }
}
