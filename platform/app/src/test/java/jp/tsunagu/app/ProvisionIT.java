package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.tsunagu.kernel.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tenant manifests: idempotent, updating, and all-or-nothing with errors naming file, line and field. */
class ProvisionIT extends IntegrationTest {
    private static final TenantId GAMMA = TenantId.of("0c000000-0000-4000-8000-00000000000c");
    private static final String GAMMA_YAML = """
            tenant:
              id: 0c000000-0000-4000-8000-00000000000c
              kind: MUNICIPALITY
              name: ガンマ市
              prefecture: HOKKAIDO
            offices:
              - number: "0110000001"
                name: ガンマ市福祉課
                prefecture: HOKKAIDO
                regionalClass: OTHER
                services:
                  TYPE_B: 10
            users:
              - username: gamma.officer
                email: gamma@example.jp
                firstName: 太郎
                lastName: 市役所
                allOffices: true
                roles: [MUNICIPAL_OFFICER]
            """;

    @Test
    @DisplayName("a second run changes nothing; an edited manifest updates")
    void idempotentAndUpdating(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gamma.yaml"), GAMMA_YAML);
        assertThat(provision.apply(dir).changes()).isEqualTo(3);
        Map<String, Object> before = inTenant(GAMMA, () -> jdbc.queryForMap("select version, updated_at from office"));
        assertThat(provision.apply(dir).changes()).isZero();
        assertThat(inTenant(GAMMA, () -> jdbc.queryForMap("select version, updated_at from office"))).isEqualTo(before);

        Files.writeString(dir.resolve("gamma.yaml"), GAMMA_YAML.replace("TYPE_B: 10", "TYPE_B: 15").replace("ガンマ市福祉課", "ガンマ市障害福祉課"));
        assertThat(provision.apply(dir).changes()).isEqualTo(1);
        assertThat(inTenant(GAMMA, () -> jdbc.queryForMap("select name, (select capacity from office_service) as capacity from office")))
                .containsEntry("name", "ガンマ市障害福祉課").containsEntry("capacity", 15);
    }

    @Test
    @DisplayName("an invalid manifest names file, line and field, and nothing of any manifest is applied")
    void invalidManifest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.yaml"), GAMMA_YAML.replace("0c000000-0000-4000-8000-00000000000c", "0d000000-0000-4000-8000-00000000000d"));
        Files.writeString(dir.resolve("b-bad.yaml"), GAMMA_YAML.replace("\"0110000001\"", "\"011000001\""));
        assertThatThrownBy(() -> provision.apply(dir))
                .hasMessage("b-bad.yaml:7: offices[0].number: an office number has exactly 10 digits");
        assertThat(inTenant(TenantId.of("0d000000-0000-4000-8000-00000000000d"),
                () -> jdbc.queryForObject("select count(*) from tenant", Long.class))).isZero();
    }

    @Test
    @DisplayName("unknown fields, roles, modules and service types are refused with their line")
    void otherErrors(@TempDir Path dir) throws Exception {
        String yaml = GAMMA_YAML.replace("0c000000-0000-4000-8000-00000000000c", "0e000000-0000-4000-8000-00000000000e");
        Map<String, String> cases = Map.of(
                yaml.replace("roles: [MUNICIPAL_OFFICER]", "roles: [MAYOR]"),
                "gamma.yaml:19: users[0].roles: 'MAYOR' is not one of",
                yaml.replace("  name: ガンマ市\n", "  name: ガンマ市\n  colour: blue\n"),
                "gamma.yaml:5: tenant.colour: unknown field",
                yaml.replace("TYPE_B: 10", "TYPE_B: 10\n    modules: [fixture-a]"),
                "gamma.yaml:13: offices[0].modules[0]: module fixture-a serves [TYPE_A]",
                yaml.replace("TYPE_B: 10", "TYPE_B: 0"),
                "gamma.yaml:12: offices[0].services.TYPE_B: the capacity must be between 1 and 999");
        for (var c : cases.entrySet()) {
            Files.writeString(dir.resolve("gamma.yaml"), c.getKey());
            assertThatThrownBy(() -> provision.apply(dir)).as(c.getValue()).hasMessageStartingWith(c.getValue());
        }
        assertThat(inTenant(TenantId.of("0e000000-0000-4000-8000-00000000000e"),
                () -> jdbc.queryForObject("select count(*) from tenant", Long.class))).isZero();
    }

    @Test
    @DisplayName("the provision command exits non-zero for an invalid manifest and 0 for the demo tenants")
    void command(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "tenant: [1, 2\n");
        assertThat(provision.run(new String[] {dir.toString()})).isEqualTo(1);
        Path demo = Path.of("../../tenants").toAbsolutePath().normalize();
        assertThat(provision.run(new String[] {demo.toString()})).isZero();
        assertThat(provision.apply(demo).changes()).isZero();
    }
}
