package com.tuoyu.directory.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #17 point 5: a client team generates clients from {@code mobile-api-spec/openapi.yaml} with OpenAPI Generator from
 * Maven Central, default options, and they compile. The generator runs as its command-line jar in a child JVM (its
 * own dependencies would clash with the service's on the test class path); the Java client (library {@code native})
 * is compiled in-process with javax.tools against the dependencies its generated pom declares; the TypeScript
 * client (typescript-fetch) with {@code tsc} when TypeScript is at hand ({@code -Dtsc=/path/to/tsc}, or the console's
 * {@code src/console/node_modules}), else by checking that every name its APIs import is exported by its models,
 * the way it broke before (a JSON-or-multipart body named models that were never generated).
 */
class GeneratedClientsIT {

    private static final String GENERATOR = "org.openapitools:openapi-generator-cli:7.17.0";
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path OUT = ROOT.resolve("target/generated-clients");
    private static final Path SPEC = ROOT.resolve("mobile-api-spec/openapi.yaml");

    private static Path cli;

    @BeforeAll
    static void fetchTheGenerator() throws Exception {
        Path dir = ROOT.resolve("target/openapi-generator");
        cli = dir.resolve("openapi-generator-cli-7.17.0.jar");
        if (!Files.exists(cli)) {
            run(ROOT, List.of(mvnw(), "-q", "dependency:copy", "-Dartifact=" + GENERATOR, "-DoutputDirectory=" + dir));
        }
        assertThat(cli).exists();
    }

    @Test
    void theJavaClientCompiles() throws Exception {
        Path client = generate("java", "--library", "native");
        Path deps = OUT.resolve("java-deps");
        run(client, List.of(mvnw(), "-q", "dependency:copy-dependencies", "-DincludeScope=compile",
                "-DoutputDirectory=" + deps));
        List<File> sources;
        try (Stream<Path> files = Files.walk(client.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        List<String> classPath;
        try (Stream<Path> jars = Files.list(deps)) {
            classPath = jars.map(Path::toString).toList();
        }
        Path classes = Files.createDirectories(OUT.resolve("java-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Boolean compiled = javac.getTask(null, files, diagnostics,
                    List.of("-nowarn", "-proc:none", "-d", classes.toString(), "-cp", String.join(File.pathSeparator, classPath)),
                    null, files.getJavaFileObjectsFromFiles(sources)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).map(Object::toString).limit(20).toList();
            assertThat(errors).isEmpty();
            assertThat(compiled).isTrue();
        }
        assertThat(classes.resolve("org/openapitools/client/api/ComplaintsApi.class")).exists();
    }

    @Test
    void theTypeScriptClientCompilesOrAtLeastHangsTogether() throws Exception {
        Path client = generate("typescript-fetch");
        Optional<Path> tsc = tsc();
        if (tsc.isPresent()) {
            run(client, List.of("node", tsc.get().toString(), "--noEmit", "--strict", "--target", "es2019",
                    "--lib", "es2019,dom", "--moduleResolution", "node", "index.ts"));
            return;
        }
        // No TypeScript on this machine (and nothing is downloaded for it): the check that caught the old failure.
        Set<String> exported = new HashSet<>();
        Pattern export = Pattern.compile("export (?:declare )?(?:interface|function|const|type|enum|class) (\\w+)");
        try (Stream<Path> models = Files.list(client.resolve("models"))) {
            for (Path model : models.toList()) {
                Matcher m = export.matcher(Files.readString(model));
                while (m.find()) {
                    exported.add(m.group(1));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        Pattern imports = Pattern.compile("import \\{([^}]*)\\} from '\\.\\./models/index'");
        try (Stream<Path> apis = Files.list(client.resolve("apis"))) {
            for (Path api : apis.toList()) {
                Matcher m = imports.matcher(Files.readString(api));
                while (m.find()) {
                    for (String name : m.group(1).split(",")) {
                        if (!name.isBlank() && !exported.contains(name.strip())) {
                            missing.add(api.getFileName() + ": " + name.strip());
                        }
                    }
                }
            }
        }
        assertThat(exported).contains("ComplaintRequest", "ComplaintText");
        assertThat(missing).isEmpty();
    }

    private static Path generate(String generator, String... options) throws Exception {
        Path out = OUT.resolve(generator);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", cli.toString(), "generate", "-i", SPEC.toString(),
                "-g", generator, "-o", out.toString()));
        command.addAll(List.of(options));
        run(ROOT, command);
        return out;
    }

    private static Optional<Path> tsc() {
        return Stream.of(System.getProperty("tsc"), System.getenv("TSC"),
                        ROOT.resolve("src/console/node_modules/typescript/bin/tsc").toString())
                .filter(p -> p != null && !p.isBlank()).map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String mvnw() {
        return ROOT.resolve(System.getProperty("os.name").startsWith("Windows") ? "mvnw.cmd" : "mvnw").toString();
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("generated-clients", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s failed:%n%s", command, tail(log)).isZero();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
