package jp.tsunagu.tenancy.internal;

import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.PublicOffices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** {@link PublicOffices} over {@code office_directory} (readable by every tenant: its select policy shows every row). */
@Component
class JdbcPublicOffices implements PublicOffices {
    private static final String COLUMNS = "select tenant_id, office_id, office_number, name, prefecture, tenant_kind, tenant_name, consultation from office_directory";
    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(new TenantId(rs.getObject(1, UUID.class)),
            new OfficeId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));

    private final JdbcTemplate jdbc;

    JdbcPublicOffices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> byNumber(String officeNumber) {
        return jdbc.query(COLUMNS + " where office_number = ?", ROW, officeNumber).stream().findFirst();
    }

    @Override
    public Optional<Entry> find(TenantId tenant, OfficeId office) {
        return jdbc.query(COLUMNS + " where tenant_id = ? and office_id = ?", ROW, tenant.value(), office.value()).stream().findFirst();
    }
}
