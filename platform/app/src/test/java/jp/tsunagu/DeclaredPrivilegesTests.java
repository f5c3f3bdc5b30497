package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.Privilege;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every privilege a check names is declared: a module's privileges are constants of its descriptor (the platform's
 * of {@code PlatformPrivileges}), and every {@code @PreAuthorize}, every {@code can(...)} or {@code require(...)} of a
 * controller and every {@code can('...')} of a template names one of them. A typo in a check would otherwise deny
 * everybody, silently.
 */
class DeclaredPrivilegesTests {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ModularityTests.PRODUCTION)
            .importPackages("jp.tsunagu");
    private static final Pattern CHECK = Pattern.compile("\\b(?:can|require|hasAuthority|hasAnyAuthority)\\(([^)]*)\\)");
    private static final Pattern KEY = Pattern.compile("[\"']([a-z][a-z0-9-]*:[a-z][a-zA-Z0-9-]*\\.[a-z][a-zA-Z0-9-]*)[\"']");

    /** The descriptors' (and the platform's) {@code static final Privilege} constants. */
    static Map<String, Privilege> declared(JavaClasses classes) {
        Map<String, Privilege> result = new TreeMap<>();
        for (JavaClass c : classes) {
            if (c.isAssignableTo(BusinessModule.class) || c.getSimpleName().equals("PlatformPrivileges")) {
                for (Privilege p : constants(c.reflect())) {
                    assertThat(result.put(p.key(), p)).as("%s is declared twice", p.key()).isNull();
                }
            }
        }
        return result;
    }

    private static List<Privilege> constants(Class<?> type) {
        List<Privilege> result = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.getType() == Privilege.class && Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                    result.add((Privilege) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return result;
    }

    /** Privileges named by {@code @PreAuthorize} on classes and methods that no declaration has, as "Class.method: key". */
    static List<String> undeclaredInAnnotations(JavaClasses classes, Set<String> declared) {
        List<String> result = new ArrayList<>();
        for (JavaClass c : classes) {
            c.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> undeclared(a.value(), declared, c.getName(), result));
            c.getMethods().forEach(m -> m.tryGetAnnotationOfType(PreAuthorize.class)
                    .ifPresent(a -> undeclared(a.value(), declared, c.getSimpleName() + "." + m.getName(), result)));
        }
        return result;
    }

    /** Privileges named by a check in a source text (Java or template) that no declaration has, as "where:line: key". */
    static List<String> undeclaredInSource(String where, String text, Set<String> declared) {
        List<String> result = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            undeclared(lines[i], declared, where + ":" + (i + 1), result);
        }
        return result;
    }

    private static void undeclared(String expression, Set<String> declared, String where, List<String> result) {
        Matcher check = CHECK.matcher(expression);
        while (check.find()) {
            Matcher key = KEY.matcher(check.group(1));
            while (key.find()) {
                if (!declared.contains(key.group(1))) {
                    result.add(where + ": " + key.group(1));
                }
            }
        }
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("platform/kernel"))) {
            p = p.getParent();
        }
        assertThat(p).as("the repository's root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return p;
    }

    private static Map<String, String> sources() {
        Path root = root();
        Map<String, String> result = new TreeMap<>();
        for (String top : List.of("platform", "modules")) {
            try (Stream<Path> files = Files.walk(root.resolve(top))) {
                files.filter(f -> f.toString().contains("/src/main/"))
                        .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
                        .forEach(f -> {
                            try {
                                result.put(root.relativize(f).toString(), Files.readString(f));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    @Test
    void descriptorsDeclareTheirPrivilegesAsConstants() throws Exception {
        Map<String, Privilege> declared = declared(PRODUCTION);
        assertThat(declared.keySet()).contains("planning:plan.approve", "workspace:month.close", "audit:trail.read");
        for (JavaClass c : PRODUCTION) {
            if (c.isAssignableTo(BusinessModule.class) && !c.isInterface()) {
                var constructor = c.reflect().getDeclaredConstructor();
                constructor.setAccessible(true);
                BusinessModule module = (BusinessModule) constructor.newInstance();
                List<Privilege> constants = constants(c.reflect());
                assertThat(module.privileges()).as("%s lists exactly its constants", c.getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(constants);
                assertThat(constants).as("%s's privileges start with its key", c.getSimpleName())
                        .allSatisfy(p -> assertThat(p.key()).startsWith(module.key() + ":"));
            }
        }
    }

    @Test
    void everyCheckNamesADeclaredPrivilege() {
        Set<String> declared = declared(PRODUCTION).keySet();
        assertThat(undeclaredInAnnotations(PRODUCTION, declared)).isEmpty();
        Map<String, String> sources = sources();
        assertThat(sources.keySet()).anyMatch(f -> f.endsWith("layout.html")).anyMatch(f -> f.endsWith("AdminPagesController.java"));
        List<String> undeclared = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        sources.forEach((file, text) -> {
            undeclared.addAll(undeclaredInSource(file, text, declared));
            undeclaredInSource(file, text, Set.of()).forEach(u -> named.add(u.substring(u.lastIndexOf(' ') + 1)));
        });
        assertThat(undeclared).isEmpty();
        assertThat(named).as("the scan finds the checks").contains("planning:plan.write", "audit:trail.read", "rules:version.upload");
    }

    @Test
    void theRuleReportsAnUndeclaredPrivilege() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        assertThat(undeclaredInAnnotations(fixture, Set.of("fixture:note.read")))
                .containsExactly("UndeclaredPrivilegeFixture.delete: fixture:note.delete");
        assertThat(undeclaredInSource("page.html", "<a th:if=\"${user.can('planning:plan.delete')}\">x</a>",
                declared(PRODUCTION).keySet())).containsExactly("page.html:1: planning:plan.delete");
        assertThat(undeclaredInSource("X.java", "line\nrequire(\"audit:trail.export\");", declared(PRODUCTION).keySet()))
                .containsExactly("X.java:2: audit:trail.export");
    }
}
