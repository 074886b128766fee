package org.rlcsim.model.params;

/** The RLC's opportunities, each level from 0 to 1. */
public record Opportunities(double leadership, double meetingPeers, double trainings) {}
