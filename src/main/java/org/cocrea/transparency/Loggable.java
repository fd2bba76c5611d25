package org.cocrea.transparency;

/**
 * Something whose facts enter the transparency log. Asked only after the transaction's changes are
 * flushed, so that new records have their ids.
 */
@FunctionalInterface
public interface Loggable {

    EntryFacts loggedFacts();
}
