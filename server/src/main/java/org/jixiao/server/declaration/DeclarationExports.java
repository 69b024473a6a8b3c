package org.jixiao.server.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Target;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.xlsx.DeclarationWorkbook;
import org.jixiao.server.exchange.Download;
import org.jixiao.server.exchange.ExportFormat;
import org.jixiao.server.org.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A declaration as the official 绩效目标申报表 in .xlsx or .pdf, through office's one rendering of it
 * ({@code DeclarationForm}: {@link DeclarationWorkbook}, {@link PdfExporter#writeTables}): an approved one as the
 * version in force (or the version asked for), one being filled as filed; and the blank form as a template.
 */
@RestController
class DeclarationExports {
    private final DeclarationService declarations;

    DeclarationExports(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @GetMapping({"/declarations/{id}/export", "/api/declarations/{id}/export"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) Integer version) {
        ExportFormat f = ExportFormat.of(format);
        StoredDeclaration d = declarations.get(id, user);
        Declaration shown = d.declaration();
        List<ApprovedVersion> versions = declarations.versions(d);
        if (!versions.isEmpty()) {
            ApprovedVersion v = versions.get(versions.size() - 1);
            if (version != null) {
                v = versions.stream().filter(x -> x.number() == version).findFirst()
                        .orElseThrow(() -> new org.jixiao.server.common.NotFoundException("version " + version));
            }
            shown = v.version().declaration();
        }
        String name = Download.safeName(d.declaration().header().year() + " " + shown.header().project()) + "." + f.extension();
        return Download.of(render(List.of(shown), f), f.mediaType(), name, "declaration-" + id + "." + f.extension());
    }

    /** The blank 绩效目标申报表: the header and funding to fill, one row of each class the checks ask for. */
    @GetMapping({"/declarations/template", "/api/declarations/template"})
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        ExportFormat f = ExportFormat.of(format);
        List<DeclaredIndicator> rows = new ArrayList<>();
        DeclarationPageModel.LEVELS.forEach((level1, level2s) -> level2s.forEach(level2 ->
                rows.add(new DeclaredIndicator(0, level1, level2, "", Target.parse(""), null, "", ""))));
        Declaration blank = new Declaration(new DeclarationHeader("", null, "", "", null, CurrencyUnit.WAN_YUAN, null, null,
                null, "", ""), DeclaredFunding.none(), DeclaredFunding.none(), DeclaredGoals.none(), rows);
        return Download.of(render(List.of(blank), f), f.mediaType(), "绩效目标申报表模板." + f.extension(),
                "declaration-template." + f.extension());
    }

    private static byte[] render(List<Declaration> tables, ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (f == ExportFormat.PDF) {
                new PdfExporter().writeTables(tables.stream().map(org.jixiao.office.table.DeclarationForm::of).toList(), out);
            } else {
                new DeclarationWorkbook().write(tables, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
