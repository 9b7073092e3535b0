package org.ketoplan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.plan.ExamplePatient;

/**
 * A clinic workspace: one sub-folder per patient holding {@code patient.yaml}, and once planned {@code plan.json}
 * and the diary folder {@code diary/} ({@code meals.csv}, {@code days.csv}): the files the CLI reads and writes
 * ({@code plan --patients DIR}, {@code log meal --diary DIR/diary}), so both work on the same data. The folders
 * {@code foods/} and {@code recipes/} hold the clinic's own foods and recipes ({@link ClinicFiles}).
 */
final class Workspace {
    /** A patient folder's name: letters, digits, '-', '_' and '.', not starting with '.' (never a path). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private final Path root;
    private final ClinicFiles files;

    Workspace(Path root) {
        this.root = root;
        this.files = new ClinicFiles(root);
    }

    /** The clinic's own foods and recipes ({@code foods/}, {@code recipes/}). */
    ClinicFiles files() {
        return files;
    }

    Path root() {
        return root;
    }

    /** One patient's folder and its files. */
    record PatientDir(String id, Path dir) {
        Path patientFile() {
            return dir.resolve("patient.yaml");
        }

        Path planFile() {
            return dir.resolve("plan.json");
        }

        Path diaryDir() {
            return dir.resolve("diary");
        }

        boolean planned() {
            return Files.isRegularFile(planFile());
        }
    }

    /** Every patient folder (a sub-folder with patient.yaml), by name. */
    List<PatientDir> patients() {
        List<PatientDir> list = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return list;
        }
        try (Stream<Path> s = Files.list(root)) {
            s.filter(d -> Files.isRegularFile(d.resolve("patient.yaml")))
                    .filter(d -> NAME.matcher(d.getFileName().toString()).matches())
                    .sorted()
                    .forEach(d -> list.add(new PatientDir(d.getFileName().toString(), d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /** The patient folder {@code id}; an id that is not a folder name of this workspace is refused. */
    PatientDir patient(String id) {
        if (id == null || !NAME.matcher(id).matches()) {
            throw new NotFound("no patient '" + id + "' in this workspace");
        }
        Path dir = root.resolve(id);
        if (!Files.isRegularFile(dir.resolve("patient.yaml"))) {
            throw new NotFound("no patient '" + id + "' in this workspace");
        }
        return new PatientDir(id, dir);
    }

    /** Checks a new patient's folder name; the message names the field as the form shows it. */
    static String checkName(String id) {
        if (id == null || id.isBlank()) {
            return "folder: missing (a short name for the patient's folder, e.g. anna)";
        }
        if (!NAME.matcher(id).matches()) {
            return "folder: '" + id + "' is not a folder name (letters, digits, '-', '_' and '.', at most 64)";
        }
        if (id.equals(ClinicFiles.FOODS) || id.equals(ClinicFiles.RECIPES)) {
            return "folder: '" + id + "' holds the clinic's own " + id + "; choose another name";
        }
        return null;
    }

    /** Makes the folder {@code id} with {@code patientYaml}; refused when it exists. */
    PatientDir create(String id, String patientYaml) {
        String problem = checkName(id);
        if (problem != null) {
            throw new BadInputException(problem);
        }
        Path dir = root.resolve(id);
        if (Files.exists(dir)) {
            throw new BadInputException("folder: '" + id + "' exists already in this workspace");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.writeString(dir.resolve("patient.yaml"), false, patientYaml);
        return new PatientDir(id, dir);
    }

    /** The bundled example infant as the folder {@code example}. */
    PatientDir addExample() {
        try (var in = ExamplePatient.class.getClassLoader().getResourceAsStream(ExamplePatient.RESOURCE)) {
            return create("example", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page or patient that does not exist (404). */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
