"""Reads VTK XML files back with VTK itself and reports what VTK sees, as JSON on stdout.

Usage: read_with_vtk.py COLLECTION.pvd [PROBES]

For every file named in the .pvd collection: the data set class, point and cell counts, the cell
types, every point/cell/field data array (name, components, range), and, for unstructured grids,
the summed cell area integrated by Gauss quadrature through VTK's own shape-function derivatives,
for poly-data the summed length of the poly-lines, and for surfaces of triangles and quadrilaterals
their area (vtkCellSizeFilter).
PROBES (optional) is a text file of lines "file cell xi eta"; for each, VTK evaluates the cell at
the parametric point and interpolates every scalar point array there.
Every message VTK sends to its output window (errors, warnings) is reported under "messages".
"""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree

import vtk

# Seven-point degree-5 rule on the reference triangle (Strang and Fix, 1973; Dunavant, 1985).
A1, B1 = 0.059715871789770, 0.470142064105115
A2, B2 = 0.797426985353087, 0.101286507323456
W0, W1, W2 = 0.225, 0.132394152788506, 0.125939180544827
RULE = [(1 / 3, 1 / 3, W0)]
RULE += [(B1, B1, W1), (A1, B1, W1), (B1, A1, W1)]
RULE += [(B2, B2, W2), (A2, B2, W2), (B2, A2, W2)]


def arrays(data):
    out = []
    for i in range(data.GetNumberOfArrays()):
        a = data.GetAbstractArray(i)
        entry = {"name": a.GetName(), "components": a.GetNumberOfComponents(), "tuples": a.GetNumberOfTuples()}
        if isinstance(a, vtk.vtkDataArray):
            lo, hi = a.GetRange(-1 if a.GetNumberOfComponents() > 1 else 0)
            entry["min"], entry["max"] = lo, hi
        out.append(entry)
    return out


def area(grid):
    """Sum over cells of the integral of det J over the reference triangle, with VTK's derivatives."""
    total = 0.0
    for c in range(grid.GetNumberOfCells()):
        cell = grid.GetCell(c)
        n = cell.GetNumberOfPoints()
        pts = [cell.GetPoints().GetPoint(k) for k in range(n)]
        derivs = [0.0] * (2 * n)
        for xi, eta, w in RULE:
            cell.InterpolateDerivs([xi, eta, 0.0], derivs)
            dx_dxi = sum(pts[k][0] * derivs[k] for k in range(n))
            dy_dxi = sum(pts[k][1] * derivs[k] for k in range(n))
            dx_deta = sum(pts[k][0] * derivs[n + k] for k in range(n))
            dy_deta = sum(pts[k][1] * derivs[n + k] for k in range(n))
            total += 0.5 * w * (dx_dxi * dy_deta - dx_deta * dy_dxi)
    return total


def line_length(poly):
    """Summed length of every poly-line, from VTK's points."""
    total = 0.0
    for c in range(poly.GetNumberOfCells()):
        ids = poly.GetCell(c).GetPointIds()
        for k in range(1, ids.GetNumberOfIds()):
            a = poly.GetPoint(ids.GetId(k - 1))
            b = poly.GetPoint(ids.GetId(k))
            total += sum((a[i] - b[i]) ** 2 for i in range(3)) ** 0.5
    return total


def probe(grid, cell_id, xi, eta):
    cell = grid.GetCell(cell_id)
    n = cell.GetNumberOfPoints()
    x = [0.0, 0.0, 0.0]
    weights = [0.0] * n
    sub = vtk.reference(0)
    cell.EvaluateLocation(sub, [xi, eta, 0.0], x, weights)
    values = {}
    pd = grid.GetPointData()
    for i in range(pd.GetNumberOfArrays()):
        a = pd.GetArray(i)
        if a is None or a.GetNumberOfComponents() != 1:
            continue
        values[a.GetName()] = sum(weights[k] * a.GetTuple1(cell.GetPointId(k)) for k in range(n))
    return {"x": x[0], "y": x[1], "z": x[2], "values": values}


def read(path, events):
    reader = vtk.vtkXMLUnstructuredGridReader() if path.endswith(".vtu") else vtk.vtkXMLPolyDataReader()
    for event in ("ErrorEvent", "WarningEvent"):
        reader.AddObserver(event, lambda obj, ev: events.append(ev + " reading " + path))
    reader.SetFileName(path)
    reader.Update()
    data = reader.GetOutput()
    report = {
        "class": data.GetClassName(),
        "points": data.GetNumberOfPoints(),
        "cells": data.GetNumberOfCells(),
        "cellTypes": sorted({data.GetCellType(i) for i in range(data.GetNumberOfCells())}),
        "pointData": arrays(data.GetPointData()),
        "cellData": arrays(data.GetCellData()),
        "fieldData": arrays(data.GetFieldData()),
        "fieldValues": {data.GetFieldData().GetArray(i).GetName(): data.GetFieldData().GetArray(i).GetTuple1(0)
                        for i in range(data.GetFieldData().GetNumberOfArrays())},
        "readerErrors": reader.GetErrorCode(),
    }
    if path.endswith(".vtp"):
        report["lineLength"] = line_length(data)
    if path.endswith(".vtu") and all(t in (vtk.VTK_TRIANGLE, vtk.VTK_QUAD) for t in report["cellTypes"]):
        sizes = vtk.vtkCellSizeFilter()
        sizes.SetInputData(data)
        sizes.ComputeSumOn()
        sizes.Update()
        report["surfaceArea"] = sizes.GetOutput().GetFieldData().GetArray("Area").GetTuple1(0)
    if path.endswith(".vtu") and all(
            t in (vtk.VTK_TRIANGLE, vtk.VTK_QUADRATIC_TRIANGLE, vtk.VTK_LAGRANGE_TRIANGLE) for t in report["cellTypes"]):
        report["area"] = area(data)
    return data, report


def main():
    # Everything VTK would print (errors, warnings) goes to a string instead.
    messages = vtk.vtkStringOutputWindow()
    vtk.vtkOutputWindow.SetInstance(messages)
    events = []
    collection = sys.argv[1]
    folder = os.path.dirname(collection)
    entries = []
    for ds in ElementTree.parse(collection).getroot().iter("DataSet"):
        entries.append({k: ds.get(k) for k in ("timestep", "part", "name", "file")})
    files = {}
    grids = {}
    for e in entries:
        data, report = read(os.path.join(folder, e["file"]), events)
        files[e["file"]] = report
        grids[e["file"]] = data
    probes = []
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as f:
            for line in f:
                if line.strip():
                    name, cell, xi, eta = line.split()
                    probes.append(probe(grids[name], int(cell), float(xi), float(eta)))
    json.dump({"vtkVersion": vtk.vtkVersion.GetVTKVersion(), "collection": entries, "files": files,
               "probes": probes,
               "messages": [t for t in [messages.GetOutput()] if t.strip()] + events}, sys.stdout)


if __name__ == "__main__":
    main()
