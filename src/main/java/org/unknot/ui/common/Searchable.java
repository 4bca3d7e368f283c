package org.unknot.ui.common;

/** A page with a search field, which Ctrl+F puts the cursor in. */
public interface Searchable {

    void focusSearch();
}
