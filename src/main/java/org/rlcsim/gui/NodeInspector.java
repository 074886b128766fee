package org.rlcsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.text.DefaultCaret;
import sim.portrayal.Inspector;

/**
 * What a click on a node shows in the Console's Inspectors tab: a page about the person (state,
 * history, ties) that MASON refreshes after every day while the model runs.
 */
final class NodeInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    /** Writes the page about a node; called with the model between days. */
    interface Source {
        String describe(NodeView node);
    }

    private final NodeView node;
    private final transient Source source;
    private final JEditorPane page = new JEditorPane("text/html", "");

    NodeInspector(NodeView node, Source source) {
        this.node = node;
        this.source = source;
        setLayout(new BorderLayout());
        page.setEditable(false);
        // refreshing the text must not scroll the page back to the top
        ((DefaultCaret) page.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        JScrollPane scroll = new JScrollPane(page);
        scroll.setPreferredSize(new Dimension(380, 460));
        add(scroll, BorderLayout.CENTER);
        setTitle(node.toString());
        setVolatile(true);
        updateInspector();
    }

    @Override
    public void updateInspector() {
        page.setText(source.describe(node));
    }

    /** The page as last written (tests read it). */
    String text() {
        return page.getText();
    }
}
