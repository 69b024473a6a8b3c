package org.jixiao.server.declaration;

import java.util.HashMap;
import java.util.List;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** 批量导入申报表: the page and the API, each file reported with what it made of its tables. */
@Controller
class DeclarationImportController {
    private final DeclarationImport imports;
    private final DeclarationService declarations;
    private final OrganisationRepository organisations;

    DeclarationImportController(DeclarationImport imports, DeclarationService declarations,
                                OrganisationRepository organisations) {
        this.imports = imports;
        this.declarations = declarations;
        this.organisations = organisations;
    }

    @GetMapping("/declarations/import")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", organisations.findAll(user.scope()).stream()
                .filter(o -> o.kind() != OrgKind.FINANCE_BUREAU).toList());
        model.addAttribute("maxFiles", DeclarationImport.MAX_FILES);
        return "declarations/import";
    }

    @PostMapping("/declarations/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("files") List<MultipartFile> files,
                  @RequestParam long organisationId, @RequestParam(required = false) Integer year, Model model) {
        form(user, model);
        if (files.size() > DeclarationImport.MAX_FILES) {
            model.addAttribute("tooMany", true);
            return "declarations/import";
        }
        model.addAttribute("report", imports.importFiles(files, organisationId, year, user));
        return "declarations/import";
    }

    /** {@code files} repeated, {@code organisationId}, optional {@code year}: the report of every file. */
    @PostMapping("/api/declarations/import")
    @ResponseBody
    DeclarationImport.Report api(@AuthenticationPrincipal CurrentUser user, @RequestParam("files") List<MultipartFile> files,
                                 @RequestParam long organisationId, @RequestParam(required = false) Integer year) {
        if (files.size() > DeclarationImport.MAX_FILES) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
            errors.rejectValue("files", "validation.tooManyRows");
            throw new InvalidFieldsException(errors, "");
        }
        declarations.fillableOrganisation(organisationId, user);
        return imports.importFiles(files, organisationId, year, user);
    }
}
