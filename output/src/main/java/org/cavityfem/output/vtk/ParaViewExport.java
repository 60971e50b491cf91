package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.NodalFields;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.mesh.Mesh;

/**
 * Writes the ParaView files of a set of modes of one mesh into a folder ({@value #FOLDER}/ of a
 * result): per mode {@code mode_NN_meridian.vtu} ({@link MeridianGrid}), {@code mode_NN_walls.vtp}
 * ({@link WallPolylines}, when a wall table is given) and {@code mode_NN_revolved.vtu}
 * ({@link RevolvedWalls}, on request), and {@value #COLLECTION} indexing them all with the mode
 * number as the step. NN is the mode's index in the result, as in modes.csv.
 *
 * <p>Each file's field data records the mode's {@code modeNumber}, {@code frequency_Hz}, the
 * {@code storedEnergy_J} of the fields as written and their {@code fieldScale} relative to the
 * U = 1 J normalisation (and, for analysed modes, {@code Eacc_V_per_m} and {@code Vacc_V}), so the
 * amplitude convention travels with the numbers.
 */
public final class ParaViewExport {

    /** Folder of the ParaView files inside a result folder. */
    public static final String FOLDER = "paraview";
    /** Name of the collection file. */
    public static final String COLLECTION = "modes.pvd";

    /** Where files go: a path for a name relative to the result folder, parent folders created. */
    @FunctionalInterface
    public interface FileTarget {
        /** The path to write {@code relative} to. */
        Path file(String relative) throws IOException;
    }

    /**
     * One mode to write.
     *
     * @param label the mode's name in the result, e.g. {@code TM010-pi}; names its parts in the collection
     * @param field the mode's field at the amplitude to write
     * @param walls the wall table of the mode, when there is one
     * @param extra further numbers for every file's field data
     */
    public record ModeOutput(String label, ModeField field, Optional<WallLines> walls, FieldData extra) {

        /** A mode with no wall table and no further field data. */
        public ModeOutput(String label, ModeField field) {
            this(label, field, Optional.empty(), new FieldData());
        }

        /**
         * An analysed mode: its field at the case's accelerating field, the walls with losses and
         * Slater sensitivities, and {@code Eacc_V_per_m} and {@code Vacc_V} in the field data (NaN
         * for a mode without a voltage on the axis, which stays at U = 1 J).
         */
        public static ModeOutput of(String label, ModeAnalysis analysis) {
            FieldData extra = new FieldData();
            // E_acc before V_acc, the order the files have always had (the table lists V_acc first).
            for (Quantity<ModeAnalysis> q : List.of(ModeQuantities.ACCELERATING_FIELD, ModeQuantities.VOLTAGE)) {
                extra.with(q.key(), q.value(analysis));
            }
            return new ModeOutput(label, analysis.field(), Optional.of(WallLines.of(analysis)), extra);
        }
    }

    private ParaViewExport() {
    }

    /**
     * Writes the files of every mode and the collection.
     *
     * @param target where files go
     * @param modes the modes, all on the same mesh
     * @param options encoding and revolved view
     * @return the relative names of the files written, collection last
     */
    public static List<String> write(FileTarget target, List<ModeOutput> modes, ParaViewOptions options)
            throws IOException {
        List<String> written = new ArrayList<>();
        List<ModeCollection.Entry> entries = new ArrayList<>();
        // The points, cells and quality of a mesh are the same in every mode's grid: made once per mesh.
        MeridianGrid.MeshArrays arrays = null;
        Map<ModeField, NodalFields> nodalOf = nodalFields(modes);
        for (ModeOutput m : modes) {
            ModeField field = m.field();
            Mesh mesh = field.mesh();
            if (arrays == null || arrays.mesh() != mesh) {
                arrays = MeridianGrid.MeshArrays.of(mesh, ElementQuality.of(mesh));
            }
            int step = field.mode().number();
            String stem = String.format(Locale.ROOT, "mode_%02d", field.mode().index());
            FieldData data = new FieldData()
                    .with("modeNumber", step)
                    .with("frequency_Hz", field.mode().frequency())
                    .with("storedEnergy_J", field.storedEnergy())
                    .with("fieldScale", field.scale())
                    .withAll(m.extra());
            NodalFields nodal = nodalOf.get(field);

            String meridian = stem + "_meridian.vtu";
            MeridianGrid.write(target.file(FOLDER + "/" + meridian), arrays, nodal, data, options.encoding());
            entries.add(new ModeCollection.Entry(step, 0, m.label() + " meridian", meridian));
            written.add(FOLDER + "/" + meridian);

            if (m.walls().isPresent()) {
                String walls = stem + "_walls.vtp";
                WallPolylines.write(target.file(FOLDER + "/" + walls), m.walls().get(), data, options.encoding());
                entries.add(new ModeCollection.Entry(step, 1, m.label() + " walls", walls));
                written.add(FOLDER + "/" + walls);
            }
            if (options.revolved()) {
                String revolved = stem + "_revolved.vtu";
                RevolvedWalls.write(target.file(FOLDER + "/" + revolved), mesh, nodal, options.revolvedSteps(), data,
                        options.encoding());
                entries.add(new ModeCollection.Entry(step, 2, m.label() + " revolved", revolved));
                written.add(FOLDER + "/" + revolved);
            }
        }
        ModeCollection.write(target.file(FOLDER + "/" + COLLECTION), entries);
        written.add(FOLDER + "/" + COLLECTION);
        return written;
    }

    /** The nodal fields of every mode, those of one mesh in one pass over it. */
    private static Map<ModeField, NodalFields> nodalFields(List<ModeOutput> modes) {
        Map<Mesh, List<ModeField>> byMesh = new IdentityHashMap<>();
        for (ModeOutput m : modes) {
            byMesh.computeIfAbsent(m.field().mesh(), k -> new ArrayList<>()).add(m.field());
        }
        Map<ModeField, NodalFields> out = new IdentityHashMap<>();
        for (List<ModeField> fields : byMesh.values()) {
            List<NodalFields> nodal = ModeField.nodalFields(fields);
            for (int i = 0; i < fields.size(); i++) {
                out.put(fields.get(i), nodal.get(i));
            }
        }
        return out;
    }
}
