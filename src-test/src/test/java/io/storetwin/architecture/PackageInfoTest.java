package io.storetwin.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of main code explains its domain in a package-info.java. */
class PackageInfoTest {

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> packages;
        try (Stream<Path> files = Files.walk(root)) {
            packages = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/") && !p.toString().contains("/target/"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
        assertTrue(packages.size() > 20, "found only " + packages.size() + " main packages under " + root);
        List<Path> missing = packages.stream().filter(p -> !Files.exists(p.resolve("package-info.java")))
                .map(root::relativize).toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }
}
