package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * One half of an ALS sweep after Hu, Koren and Volinsky (2008), section 4: with one side's factors F fixed,
 * each row x of the other side solves (FᵀC F + λI) x = FᵀC p, with confidence c = 1 + αr and preference
 * p = 1 where r > 0. Since c = 1 and p = 0 everywhere else, FᵀCF = FᵀF + Fᵀ(C − I)F: FᵀF is computed once
 * per half sweep and the correction only over the row's non-zeros, so a row costs its length times f², not
 * the whole catalog.
 */
final class AlsSweep {
    private final double alpha;
    private final double lambda;

    AlsSweep(double alpha, double lambda) {
        this.alpha = alpha;
        this.lambda = lambda;
    }

    /** Overwrites every row of {@code out} (one per row of {@code rows}) given the fixed {@code factors}. */
    void solve(CoListeningMatrix rows, DMatrixRMaj factors, DMatrixRMaj out) {
        int f = factors.numCols;
        DMatrixRMaj gram = new DMatrixRMaj(f, f);
        CommonOps_DDRM.multTransA(factors, factors, gram);
        DMatrixRMaj a = new DMatrixRMaj(f, f);
        DMatrixRMaj b = new DMatrixRMaj(f, 1);
        DMatrixRMaj x = new DMatrixRMaj(f, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(f);
        for (int r = 0; r < rows.rows(); r++) {
            system(rows, r, factors, gram, a, b);
            if (!solver.setA(a)) {
                throw new IllegalStateException("ALS system of row " + r + " is not positive definite; raise lambda");
            }
            solver.solve(b, x);
            System.arraycopy(x.data, 0, out.data, r * f, f);
        }
    }

    /** Fills {@code a} = FᵀF + Fᵀ(C − I)F + λI and {@code b} = FᵀCp for row {@code r}. */
    private void system(CoListeningMatrix rows, int r, DMatrixRMaj factors, DMatrixRMaj gram, DMatrixRMaj a,
                        DMatrixRMaj b) {
        int f = factors.numCols;
        a.setTo(gram);
        b.zero();
        for (int k = 0; k < f; k++) {
            a.data[k * f + k] += lambda;
        }
        for (int p = rows.start()[r]; p < rows.start()[r + 1]; p++) {
            double c = 1 + alpha * rows.weights()[p];
            int offset = rows.cols()[p] * f;
            for (int k = 0; k < f; k++) {
                double yk = factors.data[offset + k];
                b.data[k] += c * yk;
                double scaled = (c - 1) * yk;
                for (int l = 0; l < f; l++) {
                    a.data[k * f + l] += scaled * factors.data[offset + l];
                }
            }
        }
    }
}
