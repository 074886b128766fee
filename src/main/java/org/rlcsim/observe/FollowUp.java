package org.rlcsim.observe;

/** What a field study would record about a newcomer at one point: on joining, 6 or 12 months on. */
public record FollowUp(int networkSize, int friends, double isolation, double selfEsteem) {}
