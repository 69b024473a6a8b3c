package org.jixiao.server.org;

/**
 * Who may do what, each rule once, named as the people who use jixiao say it. Services, import jobs, the workflow,
 * controllers and page models ask these and write no rule of their own; a document of any kind is asked about
 * through its {@link DocumentFacts}, so declarations and monitoring reports follow the same rules as evaluations.
 */
public final class Policies {
    private Policies() {
    }

    /** A rule about a person and an organisation they act for. */
    public interface OnOrganisation {
        Decision decide(CurrentUser user, Organisation organisation);
    }

    /** A rule about a person and a document. */
    public interface OnDocument {
        Decision decide(CurrentUser user, DocumentFacts document);
    }

    /** A rule about a person alone. */
    public interface OnPerson {
        Decision decide(CurrentUser user);
    }

    /** 填报人: fillers (and administrators) file and change documents; the others review them. */
    public static final OnPerson FILLS_IN = user ->
            fills(user) ? Decision.ALLOWED : Decision.forbidden("error.notYoursToFill");

    /** 审核: the department's and finance's reviewers (and administrators) review and follow their scope. */
    public static final OnPerson REVIEWS = user ->
            user.is(Role.FINANCE_REVIEWER) || user.is(Role.DEPT_REVIEWER) || user.is(Role.ADMIN) ? Decision.ALLOWED
                    : Decision.forbidden("error.notYourStep");

    /** 填报: a filler — or an administrator — fills in for an organisation that is not a finance bureau. */
    public static final OnOrganisation MAY_FILL_IN = (user, organisation) ->
            fills(user) && organisation.kind() != OrgKind.FINANCE_BUREAU ? Decision.ALLOWED
                    : Decision.forbidden("error.notYoursToFill");

    /** 修改: a filler (or an administrator) changes a document only while it is a draft or returned. */
    public static final OnDocument MAY_EDIT = (user, document) ->
            !fills(user) ? Decision.forbidden("error.notYoursToFill")
                    : document.editable() ? Decision.ALLOWED : Decision.locked(document.status());

    /** 不得审核本人送审的表: nobody approves what they submitted themselves. */
    public static final OnDocument NOT_OWN_SUBMISSION = (user, document) ->
            document.submittedBy() != null && document.submittedBy() == user.id()
                    ? Decision.forbidden("error.ownSubmission") : Decision.ALLOWED;

    /** 复核: the department's and finance's reviewers (and administrators) read the re-check of their scope. */
    public static final OnPerson MAY_READ_RECHECKS = user ->
            REVIEWS.decide(user).allowed() ? Decision.ALLOWED : Decision.forbidden("error.notYourRecheck");

    /** 监控任务 and 整改通知: finance (or an administrator) opens monitoring rounds and drafts, issues and closes notices. */
    public static final OnPerson MAY_DIRECT_FOLLOW_UP = user ->
            user.is(Role.FINANCE_REVIEWER) || user.is(Role.ADMIN) ? Decision.ALLOWED
                    : Decision.forbidden("error.notYourStep");

    /** A step of a review is taken by the role it belongs to (送审 by the filler, 复核 by finance …). */
    public static OnPerson takesStepsOf(Role role) {
        return user -> user.is(role) ? Decision.ALLOWED : Decision.forbidden("error.notYourStep");
    }

    private static boolean fills(CurrentUser user) {
        return user.is(Role.FILLER) || user.is(Role.ADMIN);
    }
}
