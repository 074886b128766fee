package org.rlcsim.gui;

import org.rlcsim.model.TieType;

/** What the display shows of a tie on the day drawn. */
record TieView(TieType type, double strength) {}
