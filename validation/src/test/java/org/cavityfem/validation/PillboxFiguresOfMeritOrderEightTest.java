package org.cavityfem.validation;

/** Pillbox figures of merit to 1e-8: Order 8, 20 mm elements (56 elements). */
class PillboxFiguresOfMeritOrderEightTest extends PillboxFiguresOfMeritTest {

    @Override
    int order() {
        return 8;
    }

    @Override
    double elementSize() {
        return 0.02;
    }
}
