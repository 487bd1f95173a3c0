package org.providerdesk.api;

/** A person in care, as providers see them: council reference and name, nothing more. */
public record ClientView(long id, String councilReference, String firstName, String lastName) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "ClientView[id=" + id + "]";
    }
}
