package org.cavityfem.validation;

/** Pillbox figures of merit to 1e-8: Order 4, 2.5 mm elements. */
class PillboxFiguresOfMeritOrderFourTest extends PillboxFiguresOfMeritTest {

    @Override
    int order() {
        return 4;
    }

    @Override
    double elementSize() {
        return 0.0025;
    }
}
