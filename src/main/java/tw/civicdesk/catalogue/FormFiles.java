// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code catalogue_file}: the bytes of uploaded forms, stored once. */
@Repository
class FormFiles {

  private final JdbcClient jdbc;

  FormFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ServiceCode service, InspectedFile file, byte[] content, String by, Instant now) {
    return jdbc.sql(
            """
        insert into catalogue_file (service_code, file_name, content_type, size_bytes, sha256,
          content, uploaded_at, uploaded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
        """)
        .params(
            service.value(),
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            content,
            Timestamp.from(now),
            by)
        .query(Long.class)
        .single();
  }

  Optional<StoredFile> find(ServiceCode service, long id) {
    return jdbc.sql(
            "select id, service_code, file_name, content_type, size_bytes, sha256,"
                + " content from catalogue_file where service_code = ? and id = ?")
        .params(service.value(), id)
        .query(
            (rs, n) ->
                new StoredFile(
                    rs.getLong("id"),
                    service,
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    rs.getBytes("content")))
        .optional();
  }
}
