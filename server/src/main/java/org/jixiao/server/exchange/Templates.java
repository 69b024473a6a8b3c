package org.jixiao.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.office.xlsx.TemplateWorkbook;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.springframework.stereotype.Service;

/** The blank .xlsx template of a scheme, the same for everyone: no evaluation, so no scope to check. */
@Service
public class Templates {
    private final EvaluationScoring scoring;

    public Templates(EvaluationScoring scoring) {
        this.scoring = scoring;
    }

    public Exports.File of(String schemeId) {
        if (!scoring.knows(schemeId)) {
            throw new NotFoundException("scheme " + schemeId);
        }
        Scheme scheme = scoring.scheme(schemeId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new TemplateWorkbook(scheme).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String ascii = "template-" + Download.safeName(scheme.id()).replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx";
        return new Exports.File(out.toByteArray(), ExportFormat.XLSX,
                "自评表模板 " + Download.safeName(scheme.displayName("zh")) + ".xlsx", ascii);
    }
}
