package org.jixiao.server.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.xlsx.DeclarationTemplate;
import org.jixiao.office.xlsx.DeclarationWorkbook;
import org.jixiao.server.common.Download;
import org.jixiao.server.common.ExportFormat;
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

    /**
     * The blank 绩效目标申报表: the header and funding to fill, one row of each class the checks ask for; the workbook
     * with drop-downs (office's {@link DeclarationTemplate}), the PDF to fill by hand.
     */
    @GetMapping({"/declarations/template", "/api/declarations/template"})
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        ExportFormat f = ExportFormat.of(format);
        byte[] bytes;
        if (f == ExportFormat.PDF) {
            bytes = render(List.of(DeclarationTemplate.blank()), f);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new DeclarationTemplate().write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = out.toByteArray();
        }
        return Download.of(bytes, f.mediaType(), "绩效目标申报表模板." + f.extension(), "declaration-template." + f.extension());
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
