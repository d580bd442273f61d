package org.waymark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WaymarkApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter lists components and relations in hash order, which changes from run to run; sorting each
     * run of them keeps the committed diagrams unchanged unless the modules change.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Rel(") ? "Rel" : line.strip().startsWith("Component(") ? "Component" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                result.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }
}
