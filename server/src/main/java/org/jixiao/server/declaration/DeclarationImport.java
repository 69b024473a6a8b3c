package org.jixiao.server.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.TableFiles;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.org.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of declarations (绩效目标申报表 as published text, filled workbooks or PDFs — the form office writes reads
 * back through the same reader), one transaction per file: each table files a declaration in the organisation, or
 * updates the one of the same project (code or name) and year while that is a draft or returned; a submitted or
 * approved one is reported locked and left as it is. A file that cannot be read leaves nothing behind.
 */
@Service
class DeclarationImport {
    private static final Logger log = LoggerFactory.getLogger(DeclarationImport.class);
    /** Files in one upload. */
    static final int MAX_FILES = 100;

    public enum FileOutcome { IMPORTED, FAILED }

    public enum TableOutcome { CREATED, UPDATED, UNCHANGED, LOCKED }

    /** A problem of a file or row, in both languages. */
    public record Note(int line, String zh, String en) {
    }

    public record TableReport(int index, String project, Integer year, TableOutcome outcome, long id, int changes) {
    }

    public record FileReport(String name, FileOutcome outcome, List<TableReport> tables, List<Note> problems) {
    }

    public record Report(List<FileReport> files) {
        public long created() {
            return count(TableOutcome.CREATED);
        }

        public long updated() {
            return count(TableOutcome.UPDATED);
        }

        public long locked() {
            return count(TableOutcome.LOCKED);
        }

        public long failed() {
            return files.stream().filter(f -> f.outcome() == FileOutcome.FAILED).count();
        }

        private long count(TableOutcome o) {
            return files.stream().flatMap(f -> f.tables().stream()).filter(t -> t.outcome() == o).count();
        }
    }

    private final TableFiles files = new TableFiles();
    private final TransactionTemplate tx;
    private final DeclarationService declarations;
    private final DeclarationRepository repository;

    DeclarationImport(PlatformTransactionManager transactions, DeclarationService declarations,
                      DeclarationRepository repository) {
        this.tx = new TransactionTemplate(transactions);
        this.declarations = declarations;
        this.repository = repository;
    }

    /** Every file of an upload into one organisation the caller may file in; {@code year} for tables that print none. */
    Report importFiles(List<MultipartFile> uploads, long organisationId, Integer year, CurrentUser user) {
        var org = declarations.fillableOrganisation(organisationId, user);
        String[] names = declarations.departmentAndUnit(org);
        List<FileReport> out = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload == null || upload.isEmpty()) {
                continue;
            }
            String name = upload.getOriginalFilename() == null ? "?" : Path.of(upload.getOriginalFilename()).getFileName().toString();
            out.add(importFile(upload, name, org.id(), names, year, user));
        }
        return new Report(out);
    }

    private FileReport importFile(MultipartFile upload, String name, long organisationId, String[] names, Integer year,
                                  CurrentUser user) {
        ReadResult read;
        Path temp = null;
        try (InputStream in = upload.getInputStream()) {
            temp = Files.createTempFile("jixiao-declaration-", ".upload");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            read = files.read(temp);
        } catch (IOException | RuntimeException e) {
            log.warn("declaration import: {} could not be read", name, e);
            return new FileReport(name, FileOutcome.FAILED, List.of(),
                    List.of(new Note(0, messageZh(e), messageEn(e))));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
        List<Note> problems = new ArrayList<>();
        for (ReadProblem p : read.allProblems()) {
            problems.add(new Note(p.line(), p.zh(), p.en()));
        }
        if (read.tables().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Note(0, "文件中没有可读取的申报表", "the file holds no table that could be read"));
            }
            return new FileReport(name, FileOutcome.FAILED, List.of(), problems);
        }
        try {
            List<TableReport> tables = tx.execute(s -> store(read, organisationId, names, year, user));
            return new FileReport(name, FileOutcome.IMPORTED, tables, problems);
        } catch (RuntimeException e) {
            log.warn("declaration import: {} could not be stored", name, e);
            problems.add(new Note(0, "文件未能保存，未导入任何内容", "the file could not be stored; nothing of it was imported"));
            return new FileReport(name, FileOutcome.FAILED, List.of(), problems);
        }
    }

    private List<TableReport> store(ReadResult read, long organisationId, String[] names, Integer year, CurrentUser user) {
        List<TableReport> out = new ArrayList<>();
        for (ReadTable t : read.tables()) {
            Declaration d = declaration(t.declaration(), names, year); // with the goals, period and funding it prints
            Integer y = d.header().year();
            if (y == null) {
                throw new IllegalArgumentException("table " + t.index() + " prints no year and none was given");
            }
            Optional<Long> same = repository.findSame(organisationId, y, DeclarationRepository.identityKey(d));
            if (same.isEmpty()) {
                long id = declarations.create(d, organisationId, user, AuditSource.IMPORT);
                out.add(new TableReport(t.index(), d.header().project(), y, TableOutcome.CREATED, id,
                        DeclarationDifferences.between(null, d).size()));
                continue;
            }
            StoredDeclaration stored = declarations.get(same.get(), user);
            if (!stored.status().isEditable()) {
                out.add(new TableReport(t.index(), d.header().project(), y, TableOutcome.LOCKED, stored.id(), 0));
                continue;
            }
            int changes = DeclarationDifferences.between(stored.declaration(), d).size();
            if (changes == 0) {
                out.add(new TableReport(t.index(), d.header().project(), y, TableOutcome.UNCHANGED, stored.id(), 0));
                continue;
            }
            declarations.save(stored.id(), stored.version(), d, user, AuditSource.IMPORT);
            out.add(new TableReport(t.index(), d.header().project(), y, TableOutcome.UPDATED, stored.id(), changes));
        }
        return out;
    }

    /** The table's declaration in the organisation: its department and unit where it prints none, the year given, 万元. */
    private static Declaration declaration(Declaration read, String[] names, Integer year) {
        DeclarationHeader h = read.header();
        DeclarationHeader header = new DeclarationHeader(h.project(), h.projectCode(),
                h.department().isEmpty() ? names[0] : h.department(), h.unit().isEmpty() ? names[1] : h.unit(),
                h.year() != null ? h.year() : year, h.currencyUnit() == null ? CurrencyUnit.WAN_YUAN : h.currencyUnit(),
                h.attribute(), h.firstYear(), h.lastYear(), h.manager(), h.phone());
        return new Declaration(header, read.annualFunding(), read.midtermFunding(), read.goals(), read.indicators());
    }

    private static String messageZh(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int slash = m.indexOf(" / ");
        return slash > 0 ? m.substring(0, slash) : "文件无法读取";
    }

    private static String messageEn(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int slash = m.indexOf(" / ");
        return slash > 0 ? m.substring(slash + 3) : "the file could not be read";
    }
}
