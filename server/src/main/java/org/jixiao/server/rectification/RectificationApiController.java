package org.jixiao.server.rectification;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.document.DocumentEntry;
import org.jixiao.server.org.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rectification notices through the JSON API: draft one (from a monitoring report with {@code monitoringReportId}),
 * read it, take its steps ({@code ISSUE}, {@code ANSWER} with the feedback, {@code ACCEPT}, {@code RETURN} with an
 * opinion), read its steps and history. Outside the caller's subtree a notice is 404.
 */
@RestController
public class RectificationApiController {
    public record DraftInput(Rectification.Source source, Long sourceId, Long monitoringReportId, Long organisationId,
                             String title, String requirement, LocalDate deadline, String budgetAdvice) {
    }

    public record StepInput(Rectification.Step step, Integer version, String text) {
    }

    public record RectificationJson(long id, long organisationId, String organisation, String source, Long sourceId,
                                    String title, String requirement, LocalDate deadline, String budgetAdvice,
                                    String state, String feedback, int version, boolean overdue) {
        static RectificationJson of(StoredRectification s) {
            Rectification r = s.notice();
            return new RectificationJson(s.id(), s.organisationId(), s.organisationName(), r.source().name(), s.sourceId(),
                    r.title(), r.requirement(), r.deadline(), r.budgetAdvice(), r.state().name(), s.feedback(),
                    s.version(), r.isOverdue(LocalDate.now()));
        }
    }

    /** One step as the history records it: the states, who, when, and the feedback or opinion given. */
    public record StepJson(int version, String from, String to, String actorName, OffsetDateTime at, String text) {
    }

    /** The proposal a report makes, turned into a draft notice. */
    public record ProposalInput(Long monitoringReportId) {
    }

    private final RectificationService rectifications;
    private final RectificationProposals proposals;

    RectificationApiController(RectificationService rectifications, RectificationProposals proposals) {
        this.rectifications = rectifications;
        this.proposals = proposals;
    }

    /** Finance turns the rectification a report proposes (red light, 完全不可能) into a draft notice: 201 with it. */
    @PostMapping("/api/rectifications/proposed")
    public ResponseEntity<RectificationJson> fromProposal(@AuthenticationPrincipal CurrentUser user,
                                                          @RequestBody ProposalInput input) {
        if (input.monitoringReportId() == null) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "proposal");
            errors.rejectValue("monitoringReportId", "validation.required");
            throw new InvalidFieldsException(errors, "");
        }
        long id = proposals.fromReport(input.monitoringReportId(), user);
        return ResponseEntity.created(URI.create("/api/rectifications/" + id))
                .body(RectificationJson.of(rectifications.get(id, user)));
    }

    @PostMapping("/api/rectifications")
    public ResponseEntity<RectificationJson> draft(@AuthenticationPrincipal CurrentUser user,
                                                   @RequestBody DraftInput input) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "rectification");
        Rectification.Source source = input.monitoringReportId() != null ? Rectification.Source.MONITORING
                : input.source();
        Long sourceId = input.monitoringReportId() != null ? input.monitoringReportId() : input.sourceId();
        if (source == null) {
            errors.rejectValue("source", "validation.required");
        } else if (source == Rectification.Source.MONITORING && sourceId == null) {
            errors.rejectValue("monitoringReportId", "validation.required");
        } else if (source != Rectification.Source.MONITORING && input.organisationId() == null) {
            errors.rejectValue("organisationId", "validation.required");
        }
        required(input.title(), "title", 500, errors);
        required(input.requirement(), "requirement", 10000, errors);
        if (input.deadline() == null) {
            errors.rejectValue("deadline", "validation.required");
        }
        if (input.budgetAdvice() != null && input.budgetAdvice().length() > 4000) {
            errors.rejectValue("budgetAdvice", "monitoring.validation.tooLong", new Object[] {4000}, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        long id = rectifications.draft(source, sourceId, input.organisationId(), input.title(), input.requirement(),
                input.deadline(), input.budgetAdvice(), user, AuditSource.API);
        return ResponseEntity.created(URI.create("/api/rectifications/" + id)).body(read(user, id));
    }

    @GetMapping("/api/rectifications/{id}")
    public RectificationJson read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return RectificationJson.of(rectifications.get(id, user));
    }

    @PostMapping("/api/rectifications/{id}/steps")
    public RectificationJson step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestBody StepInput input) {
        if (input.step() == null) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "step");
            errors.rejectValue("step", "validation.required");
            throw new InvalidFieldsException(errors, "");
        }
        rectifications.step(id, input.step(), input.version(), input.text(), user, AuditSource.API);
        return read(user, id);
    }

    /** The steps taken, oldest first, read from the history. */
    @GetMapping("/api/rectifications/{id}/steps")
    public List<StepJson> steps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        List<DocumentEntry> entries = new ArrayList<>(rectifications.history(rectifications.get(id, user)));
        java.util.Collections.reverse(entries);
        Map<Integer, StepJson> byVersion = new LinkedHashMap<>();
        for (DocumentEntry e : entries) {
            if ("state".equals(e.field()) && e.oldValue() != null) {
                byVersion.put(e.version(), new StepJson(e.version(), e.oldValue(), e.newValue(), e.actorName(), e.at(), null));
            }
        }
        for (DocumentEntry e : entries) {
            StepJson s = byVersion.get(e.version());
            if (s != null && ("feedback".equals(e.field()) || "opinion".equals(e.field()))) {
                byVersion.put(e.version(), new StepJson(s.version(), s.from(), s.to(), s.actorName(), s.at(), e.newValue()));
            }
        }
        return List.copyOf(byVersion.values());
    }

    @GetMapping("/api/rectifications/{id}/history")
    public List<DocumentEntry> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return rectifications.history(rectifications.get(id, user));
    }

    private static void required(String value, String field, int max, MapBindingResult errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "validation.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "monitoring.validation.tooLong", new Object[] {max}, null);
        }
    }
}
