// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.catalogue.CatalogueExceptions.FileNotFound;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchIndex;
import tw.civicdesk.search.SearchQuery;

/**
 * Reads of the catalogue: what the public sees (published versions only), any version a case refers
 * to, the console's working copies, search and the figures for the performance report.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

  /** The {@link tw.civicdesk.search.SearchDocument#kind()} of services. */
  public static final String SEARCH_KIND = "service";

  private final ServiceEntries entries;
  private final ServiceVersions versions;
  private final CatalogueQueries queries;
  private final FormFiles files;
  private final SearchIndex search;

  Catalogue(
      ServiceEntries entries,
      ServiceVersions versions,
      CatalogueQueries queries,
      FormFiles files,
      SearchIndex search) {
    this.entries = entries;
    this.versions = versions;
    this.queries = queries;
    this.files = files;
    this.search = search;
  }

  /** The version the public sees now, if the service exists and has been published. */
  public Optional<ServiceVersion> published(ServiceCode code) {
    return entries
        .find(code)
        .filter(ServiceEntry::isPublished)
        .flatMap(e -> versions.find(code, e.currentVersion()));
  }

  /**
   * Only the name of a version of a service, e.g. the one a case was filed under, for pages that
   * show nothing else of it (the public tracking page); one light query instead of the whole
   * version with its steps, documents and forms.
   */
  public Optional<BilingualText> name(ServiceCode code, int version) {
    return versions.name(code, version);
  }

  /** Any version of a service, e.g. the one a case was filed under; drafts included. */
  public Optional<ServiceVersion> version(ServiceCode code, int version) {
    return versions.find(code, version);
  }

  /** A page of published services matching {@code filter}. */
  public ServicePage published(ServiceFilter filter) {
    return queries.published(filter);
  }

  /**
   * Published services whose name, summary or description contain {@code text} (two or more
   * characters), in {@code agency} if given; matches in the name first.
   */
  public List<ServiceVersion> search(String text, @Nullable AgencyCode agency) {
    List<String> codes =
        search.references(
            new SearchQuery(SEARCH_KIND, text, agency == null ? null : agency.value(), 100));
    Map<String, ServiceVersion> found =
        versions
            .find(codes.stream().map(ServiceCode::new).toList(), VersionStatus.PUBLISHED)
            .stream()
            .collect(Collectors.toMap(v -> v.code().value(), Function.identity()));
    return codes.stream().map(found::get).filter(v -> v != null).toList();
  }

  /** Catalogue figures of {@code agency} as they stood at the end of {@code asOf} (Taiwan time). */
  public CatalogueFigures figures(AgencyCode agency, LocalDate asOf) {
    return queries.figures(agency, asOf);
  }

  /** A form file offered by the published version of a service; {@link FileNotFound} else. */
  public StoredFile publishedFile(ServiceCode code, long fileId) {
    ServiceVersion current = published(code).orElseThrow(FileNotFound::new);
    return fileOf(current, fileId);
  }

  /** A form file of the working copy, for staff who may edit the service. */
  public StoredFile workingFile(StaffPrincipal staff, ServiceCode code, long fileId) {
    return fileOf(workingCopy(staff, code), fileId);
  }

  private StoredFile fileOf(ServiceVersion version, long fileId) {
    boolean listed = version.content().forms().stream().anyMatch(f -> f.fileId() == fileId);
    return files.find(version.code(), fileId).filter(f -> listed).orElseThrow(FileNotFound::new);
  }

  /**
   * The working copies of {@code agency}'s services for the console, for staff who may edit some of
   * them; {@link ServiceNotFound} for everyone else.
   */
  public List<ServiceVersion> workingCopies(StaffPrincipal staff, AgencyCode agency) {
    if (!CatalogueAccess.canEditSome(staff, agency)) {
      throw new ServiceNotFound();
    }
    return entries.findByAgency(agency).stream()
        .map(this::workingCopy)
        .sorted(Comparator.comparing((ServiceVersion v) -> v.content().name().zh()))
        .toList();
  }

  /** The entry of a service {@code staff} may edit; {@link ServiceNotFound} otherwise. */
  public ServiceEntry entryFor(StaffPrincipal staff, ServiceCode code) {
    return entries
        .find(code)
        .filter(e -> CatalogueAccess.canEdit(staff, e.agency(), e.unitId()))
        .orElseThrow(ServiceNotFound::new);
  }

  /** The draft if there is one, else the published version, of a service {@code staff} edits. */
  public ServiceVersion workingCopy(StaffPrincipal staff, ServiceCode code) {
    return workingCopy(entryFor(staff, code));
  }

  ServiceVersion workingCopy(ServiceEntry entry) {
    Integer number = entry.hasDraft() ? entry.draftVersion() : entry.currentVersion();
    return versions
        .find(entry.code(), number == null ? 1 : number)
        .orElseThrow(ServiceNotFound::new);
  }
}
