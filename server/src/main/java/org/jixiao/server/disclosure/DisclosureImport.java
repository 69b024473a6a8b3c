package org.jixiao.server.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.ImportMatches;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports published self-evaluation tables (the text of a disclosure) as drafts, one evaluation per table. */
@Service
public class DisclosureImport {
    /**
     * What an import made or updated, what it left because it is locked (submitted or later), and what the reader
     * could not read.
     */
    public record Imported(List<Long> ids, List<Long> locked, List<ReadProblem> problems) {
    }

    public static final int MAX_CHARS = 2_000_000;
    private final EvaluationService evaluations;
    private final ImportMatches matches;

    public DisclosureImport(EvaluationService evaluations, ImportMatches matches) {
        this.evaluations = evaluations;
        this.matches = matches;
    }

    /**
     * Reads the text and creates a draft for each table in the organisation; a table of the same project and year as
     * one the organisation has updates that one instead (as bulk import does), unless it is locked.
     *
     * @param defaultYear the year of tables that print none, or null
     */
    @Transactional
    public Imported importText(String text, String source, long organisationId, Integer defaultYear, CurrentUser user,
                               AuditSource auditSource) {
        ReadResult result = new DisclosureReader().read(text, source);
        List<Long> ids = new ArrayList<>();
        List<Long> locked = new ArrayList<>();
        for (ReadTable table : result.tables()) {
            SelfEvaluation e = withYear(table.evaluation(), defaultYear);
            String scheme = evaluations.schemeOf(e, table.evidence());
            Optional<Long> existing = matches.find(organisationId, e.header().project(), e.header().year(), user.scope());
            if (existing.isEmpty()) {
                ids.add(evaluations.create(e, scheme, organisationId, user, auditSource, source + " #" + table.index()));
                continue;
            }
            StoredEvaluation stored = evaluations.get(existing.get(), user);
            if (!stored.status().isEditable()) {
                locked.add(stored.id());
                continue;
            }
            evaluations.save(stored.id(), stored.version(), e, scheme, user, auditSource);
            ids.add(stored.id());
        }
        return new Imported(ids, locked, result.allProblems());
    }

    public static SelfEvaluation withYear(SelfEvaluation e, Integer year) {
        Header h = e.header();
        if (h.year() != null || year == null) {
            return e;
        }
        Header withYear = new Header(h.project(), h.department(), h.unit(), year, h.currencyUnit(), h.preparedBy(),
                h.disclosureNo(), h.kind());
        return new SelfEvaluation(withYear, e.funding(), e.goals(), e.indicators(), e.reportedIndicatorWeightSum(),
                e.reportedIndicatorScoreSum(), e.reportedMaxTotal(), e.reportedTotal(), e.reportedGrade(), e.notes(),
                e.layout(), e.line());
    }
}
