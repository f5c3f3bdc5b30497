package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.ModuleRegistry;

/**
 * Fuzzing (#25 point 6) of the tenant manifest reader behind {@code provision}: whatever the file holds, it is read
 * into a manifest or refused with {@link ManifestReader.InvalidManifest} naming file, line and field; nothing else
 * escapes (pure parsing: nothing is applied before the whole manifest is valid). Seeds: the demo tenants and the
 * regressions in {@code src/test/resources/jp/tsunagu/app/ManifestFuzzTestInputs/manifest/}.
 */
class ManifestFuzzTest {
    /** Stand-ins for the module descriptors, with the shapes the reader checks: a requirement and service types. */
    private static final ModuleRegistry MODULES = registry(
            module("planning", Set.of(), Set.of()),
            module("workspace", Set.of("planning"), EnumSet.allOf(ServiceType.class)),
            module("wages", Set.of("workspace"), EnumSet.complementOf(EnumSet.of(ServiceType.TYPE_A))),
            module("employment", Set.of("workspace"), EnumSet.of(ServiceType.TYPE_A)),
            module("training", Set.of("workspace"), EnumSet.of(ServiceType.TRANSITION)),
            module("claims", Set.of("workspace"), Set.of()),
            module("sharing", Set.of("planning"), Set.of()));

    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "10s")
    void manifest(byte[] input) throws Exception {
        Path file = DIR.resolve("fuzz.yaml");
        Files.write(file, input);
        try {
            Manifest m = new ManifestReader(MODULES).read(file);
            assertThat(m.tenantId()).isNotNull();
        } catch (ManifestReader.InvalidManifest invalid) {
            assertThat(invalid.getMessage()).startsWith("fuzz.yaml:");
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("manifest-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModuleRegistry registry(BusinessModule... modules) {
        Map<String, BusinessModule> byKey = new java.util.LinkedHashMap<>();
        for (BusinessModule m : modules) {
            byKey.put(m.key(), m);
        }
        return new ModuleRegistry() {
            @Override
            public List<BusinessModule> all() {
                return List.copyOf(byKey.values());
            }

            @Override
            public Optional<BusinessModule> find(String key) {
                return Optional.ofNullable(byKey.get(key));
            }
        };
    }

    private static BusinessModule module(String key, Set<String> requires, Set<ServiceType> serves) {
        return new BusinessModule() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String nameJa() {
                return key;
            }

            @Override
            public String nameEn() {
                return key.toUpperCase(Locale.ROOT);
            }

            @Override
            public Set<ServiceType> serviceTypes() {
                return serves;
            }

            @Override
            public Set<String> requires() {
                return requires;
            }
        };
    }
}
