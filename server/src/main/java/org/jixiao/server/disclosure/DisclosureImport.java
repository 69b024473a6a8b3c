package org.jixiao.server.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.system.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports published self-evaluation tables (the text of a disclosure) as drafts, one evaluation per table. */
@Service
public class DisclosureImport {
    /** What an import made and what the reader could not read. */
    public record Imported(List<Long> ids, List<ReadProblem> problems) {
    }

    public static final int MAX_CHARS = 2_000_000;
    private final EvaluationService evaluations;

    public DisclosureImport(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * Reads the text and creates a draft for each table in the organisation.
     *
     * @param defaultYear the year of tables that print none, or null
     */
    @Transactional
    public Imported importText(String text, String source, long organisationId, Integer defaultYear, CurrentUser user,
                               AuditSource auditSource) {
        ReadResult result = new DisclosureReader().read(text, source);
        List<Long> ids = new ArrayList<>();
        for (ReadTable table : result.tables()) {
            SelfEvaluation e = withYear(table.evaluation(), defaultYear);
            String scheme = Schemes.builtIn().forLayout(e.layout()).id();
            ids.add(evaluations.create(e, scheme, organisationId, user, auditSource, source + " #" + table.index()));
        }
        return new Imported(ids, result.allProblems());
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
