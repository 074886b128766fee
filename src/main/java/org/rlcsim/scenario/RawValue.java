package org.rlcsim.scenario;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A value as written, not yet checked: kept as a YAML node so that file values and
 * {@code --set} values go through the same checks and messages.
 *
 * @param node the value
 * @param at   where its key was written
 */
record RawValue(Node node, Origin at) {}
