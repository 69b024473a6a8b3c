package org.jixiao.server.publication;

import org.jixiao.office.table.OfficialTables;
import org.jixiao.server.attachment.Attachments;
import org.jixiao.server.common.Download;
import org.jixiao.server.common.ExportFormat;
import org.jixiao.server.evaluation.EvaluationOrigins;
import org.jixiao.server.exchange.Exports;
import org.jixiao.server.table.OfficialTableView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** 公开: the published tables for anyone, without signing in; SecurityConfig opens exactly these two paths. */
@Controller
class PublicationController {
    private final PublishedTables tables;
    private final Exports exports;
    private final Attachments attachments;
    private final EvaluationOrigins origins;

    PublicationController(PublishedTables tables, Exports exports, Attachments attachments, EvaluationOrigins origins) {
        this.tables = tables;
        this.exports = exports;
        this.attachments = attachments;
        this.origins = origins;
    }

    @GetMapping("/public")
    String list(@ModelAttribute("query") PublishedQuery query, Model model) {
        model.addAttribute("page", tables.list(query));
        model.addAttribute("years", tables.years());
        model.addAttribute("regions", tables.regions());
        model.addAttribute("departments", tables.departments());
        return "public/list";
    }

    /** The published table as its PDF, for anyone: the grid the page shows. */
    @GetMapping("/public/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PublishedTables.Published published = tables.get(id);
        Exports.File file = exports.one(published.stored(), published.finalResult(), ExportFormat.PDF);
        return Download.of(file.bytes(), file.format().mediaType(), file.name(), file.asciiName());
    }

    @GetMapping("/public/{id}")
    String table(@PathVariable long id, Model model) {
        PublishedTables.Published published = tables.get(id);
        model.addAttribute("e", published.stored().form());
        model.addAttribute("sheet", published.scored().sheet());
        model.addAttribute("finalResult", published.finalResult());
        model.addAttribute("officialTable", OfficialTableView.of(OfficialTables.of(published.stored().form(),
                published.finalResult(), origins.originalTargets(id))));
        model.addAttribute("tableId", id);
        // only the files finance marked public; none of the others, nor who uploaded them
        model.addAttribute("publicFiles", attachments.publicOfEvaluation(id));
        return "public/table";
    }
}
