package org.cavityfem.solver.linalg;

import java.util.Arrays;

/**
 * Supernodes of the factor L: ranges of consecutive columns sharing one row structure below their
 * dense diagonal block, so that they are stored as one dense column-major block (rows × columns)
 * and updated with dense kernels. Small supernodes are merged where that stores few extra zeros,
 * and wide ones are cut into pieces of at most {@code maxWidth} columns so the dense blocks stay
 * cache-sized.
 */
final class SupernodePartition {

    private static final int NONE = -1;

    /** Number of supernodes. */
    final int count;
    /** Supernode s owns columns firstColumn[s] .. firstColumn[s+1]-1. */
    final int[] firstColumn;
    /** Supernode of each column. */
    final int[] supernodeOf;
    /** Rows of supernode s: rowIndex[rowStart[s] ..  rowStart[s+1]-1], its own columns first, ascending. */
    final int[] rowStart;
    final int[] rowIndex;
    /** Offset of the dense block of supernode s in the factor's value array. */
    final int[] blockStart;
    /** Largest rows × columns product of a block. */
    final int largestBlock;
    /** Largest number of rows below a diagonal block. */
    final int largestBelow;
    /** Stored off-diagonal entries of L, explicit zeros of merged supernodes included. */
    final long factorNonZeros;

    private SupernodePartition(int[] firstColumn, int[] supernodeOf, int[] rowStart, int[] rowIndex,
            int[] blockStart, int largestBlock, int largestBelow, long factorNonZeros) {
        this.count = firstColumn.length - 1;
        this.firstColumn = firstColumn;
        this.supernodeOf = supernodeOf;
        this.rowStart = rowStart;
        this.rowIndex = rowIndex;
        this.blockStart = blockStart;
        this.largestBlock = largestBlock;
        this.largestBelow = largestBelow;
        this.factorNonZeros = factorNonZeros;
    }

    /**
     * @param lower lower triangle of the permuted matrix, columns in elimination-tree postorder
     * @param parent elimination tree
     * @param columnCount off-diagonal entries of each column of L
     * @param maxWidth largest number of columns in one supernode
     */
    static SupernodePartition of(PermutedLowerPattern lower, int[] parent, int[] columnCount, int maxWidth) {
        int n = lower.n;
        Layout layout = layout(parent, columnCount, maxWidth);
        int[] firstColumn = layout.firstColumn();
        int count = firstColumn.length - 1;
        int[] supernodeOf = new int[n];
        for (int s = 0; s < count; s++) {
            Arrays.fill(supernodeOf, firstColumn[s], firstColumn[s + 1], s);
        }
        int[] rowStart = new int[count + 1];
        int[] blockStart = new int[count + 1];
        long blockTotal = 0;
        long factorNonZeros = 0;
        int largestBlock = 0;
        int largestBelow = 0;
        for (int s = 0; s < count; s++) {
            int width = firstColumn[s + 1] - firstColumn[s];
            int height = layout.height()[s];
            rowStart[s + 1] = rowStart[s] + height;
            long block = (long) height * width;
            blockTotal += block;
            if (blockTotal > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("the factor needs more than 2^31 stored values; the problem is "
                        + "too large for this factorisation");
            }
            blockStart[s + 1] = (int) blockTotal;
            factorNonZeros += block - (long) width * (width + 1) / 2;
            largestBlock = (int) Math.max(largestBlock, block);
            largestBelow = Math.max(largestBelow, height - width);
        }
        int[] rowIndex = rowStructure(lower, parent, layout, supernodeOf, rowStart);
        return new SupernodePartition(firstColumn, supernodeOf, rowStart, rowIndex, blockStart, largestBlock,
                largestBelow, factorNonZeros);
    }

    /**
     * First column of every supernode (then n), the number of rows of each, and the end (last column
     * + 1) of the amalgamated group it was cut from.
     */
    private record Layout(int[] firstColumn, int[] height, int[] groupEnd) {
    }

    /**
     * Fundamental supernodes are found first, then relaxed (see {@link #relax}), then cut to at most
     * {@code maxWidth} columns. A piece holds the rows of its columns up to the end of its group
     * plus the rows below the group.
     */
    private static Layout layout(int[] parent, int[] columnCount, int maxWidth) {
        int n = parent.length;
        int[] fundamental = fundamentalBoundaries(parent, columnCount);
        boolean[] joinsNext = relax(fundamental, parent, columnCount);
        int[] first = new int[n + 1];
        int[] height = new int[n];
        int[] groupEnd = new int[n];
        int count = 0;
        int start = 0;
        for (int f = 0; f < fundamental.length - 1; f++) {
            if (joinsNext[f]) {
                continue;
            }
            int end = fundamental[f + 1];
            int below = columnCount[end - 1];
            for (int c = start; c < end; c += maxWidth) {
                first[count] = c;
                height[count] = end - c + below;
                groupEnd[count] = end;
                count++;
            }
            start = end;
        }
        first[count] = n;
        return new Layout(Arrays.copyOf(first, count + 1), Arrays.copyOf(height, count),
                Arrays.copyOf(groupEnd, count));
    }

    /**
     * Column j continues the fundamental supernode of column j−1 when j−1 is its only child and the
     * structure of column j−1 is that of column j plus j itself.
     */
    private static int[] fundamentalBoundaries(int[] parent, int[] columnCount) {
        int n = parent.length;
        int[] children = new int[n];
        for (int j = 0; j < n; j++) {
            if (parent[j] != NONE) {
                children[parent[j]]++;
            }
        }
        int[] first = new int[n + 1];
        int count = 0;
        for (int j = 0; j < n; j++) {
            boolean continues = j > 0 && parent[j - 1] == j && children[j] == 1
                    && columnCount[j - 1] == columnCount[j] + 1;
            if (!continues) {
                first[count++] = j;
            }
        }
        first[count] = n;
        return Arrays.copyOf(first, count + 1);
    }

    /**
     * Relaxed amalgamation: a fundamental supernode whose last column's parent is the first column of
     * the next one is merged into the group that next one belongs to, storing some zeros, when the
     * group stays narrow or the zeros stay few. Most fundamental supernodes of a finite-element
     * matrix are one or two columns wide; per-supernode overhead would dominate their dense work.
     * Groups grow top-down, so a group's row structure below its columns is that of its top member.
     *
     * @return for each fundamental supernode, whether it joins the next one
     */
    private static boolean[] relax(int[] fundamental, int[] parent, int[] columnCount) {
        int count = fundamental.length - 1;
        boolean[] joinsNext = new boolean[count];
        // Statistics of the group whose lowest member so far is the supernode indexed.
        int[] groupWidth = new int[count];
        int[] groupBelow = new int[count];
        long[] groupStored = new long[count];
        long[] groupNeeded = new long[count];
        for (int f = count - 1; f >= 0; f--) {
            int first = fundamental[f];
            int last = fundamental[f + 1] - 1;
            int width = last - first + 1;
            long needed = 0;
            for (int j = first; j <= last; j++) {
                needed += columnCount[j] + 1;
            }
            if (f + 1 < count && parent[last] == last + 1) {
                int g = f + 1;
                long stored = groupStored[g] + (long) width * (groupWidth[g] + groupBelow[g])
                        + (long) width * (width + 1) / 2;
                long total = groupNeeded[g] + needed;
                int mergedWidth = groupWidth[g] + width;
                if (worthMerging(mergedWidth, (double) (stored - total) / stored)) {
                    joinsNext[f] = true;
                    groupWidth[f] = mergedWidth;
                    groupBelow[f] = groupBelow[g];
                    groupStored[f] = stored;
                    groupNeeded[f] = total;
                    continue;
                }
            }
            groupWidth[f] = width;
            groupBelow[f] = columnCount[last];
            groupStored[f] = needed;
            groupNeeded[f] = needed;
        }
        return joinsNext;
    }

    /** Thresholds on merged width and fraction of stored zeros, as in CHOLMOD's defaults. */
    private static boolean worthMerging(int width, double zeroFraction) {
        return width <= 4 || (width <= 16 && zeroFraction < 0.8) || (width <= 48 && zeroFraction < 0.1)
                || zeroFraction < 0.05;
    }

    /**
     * Rows of each supernode: its own columns up to the end of its group, then the rows below the
     * group. Those are the rows past the group in the columns of C it owns, merged with the rows
     * past the group of each child supernode outside it. Children precede parents in postorder, so
     * one ascending sweep over the groups suffices.
     */
    private static int[] rowStructure(PermutedLowerPattern lower, int[] parent, Layout layout, int[] supernodeOf,
            int[] rowStart) {
        int[] firstColumn = layout.firstColumn();
        int[] groupEnd = layout.groupEnd();
        int count = firstColumn.length - 1;
        int[] rowIndex = new int[rowStart[count]];
        int[] firstChild = new int[count];
        int[] nextSibling = new int[count];
        Arrays.fill(firstChild, NONE);
        for (int t = count - 1; t >= 0; t--) {
            int p = parent[firstColumn[t + 1] - 1];
            if (p != NONE) {
                int s = supernodeOf[p];
                nextSibling[t] = firstChild[s];
                firstChild[s] = t;
            }
        }
        int[] mark = new int[lower.n];
        Arrays.fill(mark, NONE);
        int[] below = new int[lower.n];
        for (int g = 0; g < count;) {
            int end = groupEnd[g];
            int last = g;
            while (last + 1 < count && groupEnd[last + 1] == end) {
                last++;
            }
            int size = 0;
            for (int j = firstColumn[g]; j < end; j++) {
                for (int q = lower.columnStart[j]; q < lower.columnStart[j + 1]; q++) {
                    size = addBelow(lower.rows[q], end, g, mark, below, size);
                }
            }
            for (int s = g; s <= last; s++) {
                for (int t = firstChild[s]; t != NONE; t = nextSibling[t]) {
                    if (t < g) {
                        for (int q = rowStart[t]; q < rowStart[t + 1]; q++) {
                            size = addBelow(rowIndex[q], end, g, mark, below, size);
                        }
                    }
                }
            }
            Arrays.sort(below, 0, size);
            for (int s = g; s <= last; s++) {
                int fill = rowStart[s];
                for (int j = firstColumn[s]; j < end; j++) {
                    rowIndex[fill++] = j;
                }
                if (fill + size != rowStart[s + 1]) {
                    throw new IllegalStateException("supernode " + s + " has " + (fill + size - rowStart[s])
                            + " rows where the column counts predict " + (rowStart[s + 1] - rowStart[s]));
                }
                System.arraycopy(below, 0, rowIndex, fill, size);
            }
            g = last + 1;
        }
        return rowIndex;
    }

    /** Adds row i to the rows below the group ending at {@code end}, once. */
    private static int addBelow(int i, int end, int group, int[] mark, int[] below, int size) {
        if (i < end || mark[i] == group) {
            return size;
        }
        mark[i] = group;
        below[size] = i;
        return size + 1;
    }
}
