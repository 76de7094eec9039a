package cn.enforcement.platform.problem;

import cn.enforcement.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The refusals of every operation of a service (and of the platform), found by {@link OperationRefusals} when each
 * is built and kept as a resource, so that a service does not read its own bytecode at every start (a quarter of case-service's
 * start). The build runs {@link #main} after compiling (exec-maven-plugin, phase {@code process-classes}); the
 * document the service serves is then built from the resource, and still from the code as it was compiled.
 */
public final class RefusalIndex {

    public static final String RESOURCE = "META-INF/enforcement/operation-refusals.properties";

    private RefusalIndex() {
    }

    /** Reads the compiled classes under {@code args[0]} and writes the index to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Map<String, Set<ProblemType>> refusals = of(classes, Thread.currentThread().getContextClassLoader());
        StringBuilder index = new StringBuilder("# operationId = the problem types its code can answer (generated at build)\n");
        refusals.forEach((operation, types) -> index.append(operation).append('=')
                .append(types.stream().map(RefusalIndex::nameOf).collect(Collectors.joining(","))).append('\n'));
        Path target = Path.of(args[1]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, index, StandardCharsets.UTF_8);
    }

    /** Every operation of the classes under the folder, with the problem types it can answer. */
    static Map<String, Set<ProblemType>> of(Path classes, ClassLoader loader) throws IOException {
        OperationRefusals reader = new OperationRefusals(loader);
        Map<String, Set<ProblemType>> refusals = new TreeMap<>();
        Path own = classes.resolve("cn/enforcement");
        if (!Files.isDirectory(own)) {
            return refusals;
        }
        List<String> names;
        try (Stream<Path> files = Files.walk(own)) {
            names = files.filter(file -> file.toString().endsWith(".class")).map(file -> classes.relativize(file).toString())
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("the refusals of " + name + " cannot be read: " + e, e);
            }
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> OperationRefusals.operationIdOf(method).isPresent())) {
                refusals.putAll(reader.of(type));
            }
        }
        return refusals;
    }

    /**
     * The indexes the running service was built with (its own and the platform's, whose operations every service
     * serves), merged; empty when there are none.
     */
    public static Optional<Map<String, Set<ProblemType>>> read(ClassLoader loader) {
        try {
            List<URL> indexes = Collections.list(loader.getResources(RESOURCE));
            if (indexes.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Set<ProblemType>> refusals = new LinkedHashMap<>();
            for (URL index : indexes) {
                refusals.putAll(read(index, loader));
            }
            return Optional.of(refusals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<ProblemType>> read(URL url, ClassLoader loader) throws IOException {
        Properties index = new Properties();
        try (InputStream in = url.openStream()) {
            index.load(in);
        }
        Map<String, Set<ProblemType>> refusals = new LinkedHashMap<>();
        for (String operation : index.stringPropertyNames()) {
            String value = index.getProperty(operation);
            Set<ProblemType> types = new TreeSet<>(Comparator.comparing(ProblemType::code));
            if (!value.isBlank()) {
                Arrays.stream(value.split(",")).map(name -> typeNamed(name, loader)).forEach(types::add);
            }
            refusals.put(operation, types);
        }
        return refusals;
    }

    private static String nameOf(ProblemType type) {
        return ((Enum<?>) type).getDeclaringClass().getName() + "#" + ((Enum<?>) type).name();
    }

    private static ProblemType typeNamed(String name, ClassLoader loader) {
        String[] parts = name.split("#");
        try {
            return (ProblemType) Class.forName(parts[0], true, loader).getField(parts[1]).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the refusal index names " + name + ", which is not a problem type", e);
        }
    }
}
