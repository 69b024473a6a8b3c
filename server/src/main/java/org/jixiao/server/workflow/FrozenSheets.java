package org.jixiao.server.workflow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Freezes a score sheet on submission and reads it back. */
@Repository
public class FrozenSheets {
    private final JdbcClient jdbc;

    public FrozenSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void freeze(long evaluationId, ScoreSheet sheet, OffsetDateTime at) {
        jdbc.sql("DELETE FROM frozen_score WHERE evaluation_id = :e").param("e", evaluationId).update();
        List<IndicatorScore> scores = sheet.indicators();
        for (int k = 0; k < scores.size(); k++) {
            IndicatorScore s = scores.get(k);
            jdbc.sql("""
                    INSERT INTO frozen_score (evaluation_id, position, weight, score, basis, explanation_zh, explanation_en)
                    VALUES (:e, :p, :w, :s, :b, :zh, :en)""")
                    .param("e", evaluationId).param("p", k).param("w", s.weight()).param("s", s.score())
                    .param("b", s.basis().name()).param("zh", cap(s.explanation().render(Locale.SIMPLIFIED_CHINESE)))
                    .param("en", cap(s.explanation().render(Locale.ENGLISH)))
                    .update();
        }
        jdbc.sql("""
                UPDATE evaluation SET frozen_scheme_id = :id, frozen_scheme_version = :v, frozen_at = :at,
                    frozen_budget_score = :b, frozen_total = :t, frozen_grade = :g
                WHERE id = :e""")
                .param("id", sheet.schemeId()).param("v", sheet.schemeVersion()).param("at", at)
                .param("b", sheet.budget() == null ? null : sheet.budget().score()).param("t", sheet.total())
                .param("g", sheet.grade()).param("e", evaluationId)
                .update();
    }

    /** The frozen sheet of an evaluation, if it was ever submitted. The caller has checked the scope. */
    public Optional<FrozenSheet> of(long evaluationId) {
        List<FrozenSheet.Row> rows = jdbc.sql("""
                SELECT weight, score, basis, explanation_zh, explanation_en FROM frozen_score
                WHERE evaluation_id = :e ORDER BY position""")
                .param("e", evaluationId)
                .query((rs, n) -> new FrozenSheet.Row(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        return jdbc.sql("""
                SELECT frozen_scheme_id, frozen_scheme_version, frozen_at, frozen_budget_score, frozen_total, frozen_grade
                FROM evaluation WHERE id = :e AND frozen_at IS NOT NULL""")
                .param("e", evaluationId)
                .query((rs, n) -> new FrozenSheet(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rows))
                .optional();
    }

    private static String cap(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
