package org.rlcsim.model.params;

/**
 * @param reconnectRate chance a day, per estranged relative, of getting back in touch at responsibility 1
 */
public record FamilyRules(double reconnectRate) {}
