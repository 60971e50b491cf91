package org.cavityfem.output.vtk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.hom.AzimuthalNodalFields;
import org.cavityfem.analysis.hom.AzimuthalWallProfile;
import org.cavityfem.mesh.Mesh;

/**
 * The ParaView files of modes of any azimuthal order (design.md §2.13, §4.5), into
 * {@value ParaViewExport#FOLDER}/ of a result: per mode {@code mode_NN_meridian.vtu} (the field
 * amplitudes on the curved meridian mesh), {@code mode_NN_walls.vtp} (the surface-field amplitudes
 * along the walls) and {@code mode_NN_revolved.vtu} (the walls swept around the axis with the fields
 * at every azimuth, E_z, E_r, H_phi times cos mφ and E_phi, H_z, H_r times sin mφ, so a dipole shows
 * its two lobes), and {@value ParaViewExport#COLLECTION}. NN runs over the modes in result order.
 *
 * <p>Meridian point data: the amplitudes {@code E_z_V_per_m}, {@code E_r_V_per_m},
 * {@code E_phi_V_per_m}, {@code H_z_A_per_m}, {@code H_r_A_per_m}, {@code H_phi_A_per_m} and the
 * vectors at φ = 0, {@code E_V_per_m} = (E_z, E_r, 0) and {@code H_A_per_m} = (0, 0, H_phi) (points
 * (z, r, 0), φ̂ along +z as in {@link MeridianGrid}); for m = 0 nothing depends on φ and the vectors
 * are (E_z, E_r, E_phi), (H_z, H_r, H_phi). Field data: {@code m}, {@code modeNumber},
 * {@code frequency_Hz}, {@code storedEnergy_J} = 1 and {@code fieldScale} = 1.
 */
public final class AzimuthalParaView {

    /** One mode to write. */
    public record ModeOutput(String label, int number, double frequency, AzimuthalNodalFields fields,
            AzimuthalWallProfile walls) {
    }

    private AzimuthalParaView() {
    }

    /**
     * Writes every mode's files and the collection.
     *
     * @param revolvedSteps angular steps of the revolved view (≥ 3)
     * @return the relative names of the files written, collection last
     */
    public static List<String> write(ParaViewExport.FileTarget target, Mesh mesh, List<ModeOutput> modes,
            VtkEncoding encoding, int revolvedSteps) throws IOException {
        List<String> written = new ArrayList<>();
        List<ModeCollection.Entry> entries = new ArrayList<>();
        ElementQuality quality = ElementQuality.of(mesh);
        String folder = ParaViewExport.FOLDER + "/";
        for (int i = 0; i < modes.size(); i++) {
            ModeOutput m = modes.get(i);
            String stem = String.format(Locale.ROOT, "mode_%02d", i);
            FieldData data = new FieldData().with("m", m.fields().m()).with("modeNumber", m.number())
                    .with("frequency_Hz", m.frequency()).with("storedEnergy_J", 1).with("fieldScale", 1);
            String meridian = stem + "_meridian.vtu";
            meridian(target, folder + meridian, mesh, m.fields(), quality, data, encoding);
            entries.add(new ModeCollection.Entry(i, 0, m.label() + " meridian", meridian));
            written.add(folder + meridian);

            String walls = stem + "_walls.vtp";
            WallPolylines.write(target.file(folder + walls), wallLines(m.walls()), data, encoding);
            entries.add(new ModeCollection.Entry(i, 1, m.label() + " walls", walls));
            written.add(folder + walls);

            String revolved = stem + "_revolved.vtu";
            AzimuthalNodalFields f = m.fields();
            RevolvedWalls.write(target.file(folder + revolved), mesh, (node, phi, cos, sin, out) -> {
                double c = f.cosineFactor(phi);
                double s = f.sineFactor(phi);
                double er = f.radialElectric()[node] * c;
                double ephi = f.azimuthalElectric()[node] * s;
                double hr = f.radialMagnetic()[node] * s;
                double hphi = f.azimuthalMagnetic()[node] * c;
                out[0] = f.axialElectric()[node] * c;
                out[1] = er * cos - ephi * sin;
                out[2] = er * sin + ephi * cos;
                out[3] = f.axialMagnetic()[node] * s;
                out[4] = hr * cos - hphi * sin;
                out[5] = hr * sin + hphi * cos;
                out[6] = Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
                out[7] = Math.sqrt(out[3] * out[3] + out[4] * out[4] + out[5] * out[5]);
            }, revolvedSteps, data, encoding);
            entries.add(new ModeCollection.Entry(i, 2, m.label() + " revolved", revolved));
            written.add(folder + revolved);
        }
        ModeCollection.write(target.file(folder + ParaViewExport.COLLECTION), entries);
        written.add(folder + ParaViewExport.COLLECTION);
        return written;
    }

    private static WallLines wallLines(AzimuthalWallProfile p) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("s_m", p.s());
        columns.put("En_V_per_m", p.normalElectric());
        columns.put("Ephi_V_per_m", p.azimuthalElectric());
        columns.put("Hs_A_per_m", p.tangentialMagnetic());
        columns.put("Hphi_A_per_m", p.azimuthalMagnetic());
        return new WallLines(p.z(), p.r(), p.segment(), columns);
    }

    private static void meridian(ParaViewExport.FileTarget target, String name, Mesh mesh, AzimuthalNodalFields f,
            ElementQuality quality, FieldData data, VtkEncoding encoding) throws IOException {
        int nodes = mesh.nodeCount();
        XmlElement grid = new XmlElement("UnstructuredGrid");
        data.addTo(grid);
        XmlElement piece = grid.child("Piece").attribute("NumberOfPoints", nodes)
                .attribute("NumberOfCells", mesh.elementCount());
        boolean monopole = f.m() == 0;
        double[] e = new double[3 * nodes];
        double[] h = new double[3 * nodes];
        double[] eAbs = new double[nodes];
        double[] hAbs = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            e[3 * i] = f.axialElectric()[i];
            e[3 * i + 1] = f.radialElectric()[i];
            e[3 * i + 2] = monopole ? f.azimuthalElectric()[i] : 0;
            h[3 * i] = monopole ? f.axialMagnetic()[i] : 0;
            h[3 * i + 1] = monopole ? f.radialMagnetic()[i] : 0;
            h[3 * i + 2] = f.azimuthalMagnetic()[i];
            eAbs[i] = Math.sqrt(e[3 * i] * e[3 * i] + e[3 * i + 1] * e[3 * i + 1] + e[3 * i + 2] * e[3 * i + 2]);
            hAbs[i] = Math.sqrt(h[3 * i] * h[3 * i] + h[3 * i + 1] * h[3 * i + 1] + h[3 * i + 2] * h[3 * i + 2]);
        }
        piece.child("PointData").attribute("Scalars", MeridianGrid.E_MAGNITUDE).attribute("Vectors",
                MeridianGrid.E_VECTOR).arrays(List.of(
                        DataArray.Float64.scalar(MeridianGrid.E_Z, f.axialElectric()),
                        DataArray.Float64.scalar(MeridianGrid.E_R, f.radialElectric()),
                        DataArray.Float64.scalar("E_phi_V_per_m", f.azimuthalElectric()),
                        DataArray.Float64.scalar("H_z_A_per_m", f.axialMagnetic()),
                        DataArray.Float64.scalar("H_r_A_per_m", f.radialMagnetic()),
                        DataArray.Float64.scalar(MeridianGrid.H_PHI, f.azimuthalMagnetic()),
                        DataArray.Float64.scalar(MeridianGrid.E_MAGNITUDE, eAbs),
                        DataArray.Float64.scalar(MeridianGrid.H_MAGNITUDE, hAbs),
                        new DataArray.Float64(MeridianGrid.E_VECTOR, 3, e),
                        new DataArray.Float64(MeridianGrid.H_VECTOR, 3, h)));
        piece.child("CellData").attribute("Scalars", MeridianGrid.MIN_ANGLE).arrays(List.of(
                DataArray.Float64.scalar(MeridianGrid.MIN_ANGLE, quality.minAngleDeg()),
                DataArray.Float64.scalar(MeridianGrid.SCALED_JACOBIAN, quality.scaledJacobian()),
                new DataArray.UInt8(MeridianGrid.CURVED, 1, quality.curved())));
        piece.child("Points").array(new DataArray.Float64("Points", 3, MeridianGrid.points(mesh)));
        MeridianGrid.cells(piece.child("Cells"), mesh);
        VtkXmlWriter.write(target.file(name), grid, encoding);
    }
}
